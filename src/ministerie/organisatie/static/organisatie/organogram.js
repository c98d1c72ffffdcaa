// The organogram as a keyboard-usable ARIA tree, after the WAI-ARIA APG "navigation treeview":
// links are the treeitems, one of them is in the tab order (roving tabindex), arrow keys move.
(function () {
  "use strict";
  var boom = document.getElementById("organogram");
  if (!boom) return;
  var items = Array.prototype.slice.call(boom.querySelectorAll('[role="treeitem"]'));

  function groep(item) {
    var id = item.getAttribute("aria-owns");
    return id ? document.getElementById(id) : null;
  }
  function isOpen(item) { return item.getAttribute("aria-expanded") === "true"; }
  function zet(item, open) {
    if (!item.hasAttribute("aria-expanded")) return;
    item.setAttribute("aria-expanded", open ? "true" : "false");
    groep(item).hidden = !open;
  }
  function ouder(item) {
    var g = item.closest('[role="group"]');
    return g ? boom.querySelector('[aria-owns="' + g.id + '"]') : null;
  }
  function zichtbaar(item) {
    for (var o = ouder(item); o; o = ouder(o)) { if (!isOpen(o)) return false; }
    return true;
  }
  function zichtbareItems() { return items.filter(zichtbaar); }
  function focus(item) {
    items.forEach(function (i) { i.tabIndex = -1; });
    item.tabIndex = 0;
    item.focus();
  }

  items.forEach(function (item, index) {
    item.tabIndex = index === 0 ? 0 : -1;
    if (item.dataset.open === "nee") zet(item, false);
  });

  boom.addEventListener("keydown", function (e) {
    var item = e.target.closest('[role="treeitem"]');
    if (!item) return;
    var lijst = zichtbareItems();
    var plek = lijst.indexOf(item);
    var afgehandeld = true;
    switch (e.key) {
      case "ArrowDown": if (plek < lijst.length - 1) focus(lijst[plek + 1]); break;
      case "ArrowUp": if (plek > 0) focus(lijst[plek - 1]); break;
      case "ArrowRight":
        if (item.hasAttribute("aria-expanded")) {
          if (!isOpen(item)) zet(item, true);
          else focus(groep(item).querySelector('[role="treeitem"]'));
        }
        break;
      case "ArrowLeft":
        if (item.hasAttribute("aria-expanded") && isOpen(item)) zet(item, false);
        else if (ouder(item)) focus(ouder(item));
        break;
      case "Home": focus(lijst[0]); break;
      case "End": focus(lijst[lijst.length - 1]); break;
      default:
        if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          var letter = e.key.toLocaleLowerCase("nl");
          var volgende = lijst.slice(plek + 1).concat(lijst.slice(0, plek)).filter(function (i) {
            return i.textContent.trim().toLocaleLowerCase("nl").indexOf(letter) === 0;
          })[0];
          if (volgende) focus(volgende);
        } else {
          afgehandeld = false;
        }
    }
    if (afgehandeld) e.preventDefault();
  });

  boom.addEventListener("click", function (e) {
    var schakel = e.target.closest(".organogram__schakel");
    if (!schakel) return;
    var item = schakel.parentElement.querySelector('[role="treeitem"]');
    zet(item, !isOpen(item));
  });

  document.querySelectorAll("[data-organogram]").forEach(function (knop) {
    knop.hidden = false;
    knop.addEventListener("click", function () {
      var open = knop.dataset.organogram === "alles-open";
      items.forEach(function (i) { zet(i, open); });
    });
  });

  window.addEventListener("beforeprint", function () { items.forEach(function (i) { zet(i, true); }); });
})();
