/* A searchable multi-select: every <select multiple data-keuzelijst="ja"> (core.formulieren.Keuzelijst).
 *
 * Progressive enhancement: without JavaScript the plain <select multiple> works as it is. With it,
 * the select is hidden (it keeps the chosen values, so the form sends exactly what it sent before)
 * and replaced by:
 *   - the chosen items as chips, each with a button "… verwijderen";
 *   - a text field (role="combobox") that filters the list while you type (case and accents do
 *     not matter; the option's text and its value, such as a unit's code, are searched);
 *   - the list (role="listbox", aria-multiselectable) under it.
 * Keyboard: arrow down/up move through the list (aria-activedescendant), Enter or space (in the
 * list) chooses or un-chooses the item, Escape closes the list, Backspace in an empty field
 * removes the last chip. A status message says how many items match and what was chosen.
 * Loaded by formulieren.js when a page has such a select; window.ministerieKeuzelijst(root)
 * enhances content added later.
 */
(function () {
  "use strict";

  var teller = 0;

  function normaal(tekst) {
    return (tekst || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function maak(tag, klasse, attributen) {
    var el = document.createElement(tag);
    if (klasse) { el.className = klasse; }
    Object.keys(attributen || {}).forEach(function (k) { el.setAttribute(k, attributen[k]); });
    return el;
  }

  function verrijk(select) {
    if (select.dataset.keuzelijstKlaar) {
      return;
    }
    select.dataset.keuzelijstKlaar = "1";
    teller += 1;
    var basis = select.id || "keuzelijst-" + teller;
    if (!select.id) { select.id = basis; }
    var label = select.id ? document.querySelector('label[for="' + CSS.escape(select.id) + '"]') : null;
    var naam = label ? label.textContent.trim() : (select.getAttribute("aria-label") || "Keuzelijst");
    if (!label) {
      label = maak("label", "utrecht-form-label rhc-visually-hidden");
      label.textContent = naam;
      select.parentNode.insertBefore(label, select);
    }
    if (!label.id) { label.id = basis + "-label"; }

    var doos = maak("div", "keuzelijst");
    var chips = maak("ul", "keuzelijst__chips", { "aria-label": "Gekozen: " + naam });
    var veld = maak("input", "utrecht-textbox utrecht-textbox--html-input keuzelijst__invoer", {
      type: "text",
      id: basis + "-zoek",
      role: "combobox",
      autocomplete: "off",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": basis + "-lijst",
      "aria-describedby": basis + "-uitleg",
      placeholder: "Typ om te zoeken"
    });
    var uitleg = maak("p", "keuzelijst__uitleg", { id: basis + "-uitleg" });
    uitleg.textContent = "Typ om te zoeken; pijltjes om te kiezen, Enter om een keuze aan of uit te zetten.";
    var lijst = maak("ul", "keuzelijst__lijst", {
      role: "listbox",
      id: basis + "-lijst",
      "aria-multiselectable": "true",
      "aria-labelledby": label.id
    });
    lijst.hidden = true;
    var status = maak("div", "rhc-visually-hidden", { role: "status" });

    label.htmlFor = veld.id;
    var beschrijving = select.getAttribute("aria-describedby");
    if (beschrijving) {
      veld.setAttribute("aria-describedby", basis + "-uitleg " + beschrijving);
    }
    if (select.getAttribute("aria-invalid") === "true") {
      veld.setAttribute("aria-invalid", "true");
    }

    var opties = Array.prototype.map.call(select.options, function (optie, i) {
      var li = maak("li", "keuzelijst__optie", { role: "option", id: basis + "-optie-" + i });
      li.textContent = optie.textContent;
      li._optie = optie;
      li._zoek = normaal(optie.textContent + " " + optie.value);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); });  // keep focus in the field
      li.addEventListener("click", function () { wissel(li); veld.focus(); });
      lijst.appendChild(li);
      return li;
    });
    var actief = null;

    function zichtbare() {
      return opties.filter(function (li) { return !li.hidden; });
    }

    function toonChips() {
      chips.textContent = "";
      opties.forEach(function (li) {
        li.setAttribute("aria-selected", li._optie.selected ? "true" : "false");
        if (!li._optie.selected) { return; }
        var chip = maak("li", "keuzelijst__chip");
        var tekst = maak("span");
        tekst.textContent = li._optie.textContent;
        var weg = maak("button", "keuzelijst__weg", { type: "button", "aria-label": li._optie.textContent + " verwijderen" });
        weg.textContent = "×";
        weg.addEventListener("click", function () {
          li._optie.selected = false;
          gewijzigd(li._optie.textContent + " verwijderd.");
          veld.focus();
        });
        chip.appendChild(tekst);
        chip.appendChild(weg);
        chips.appendChild(chip);
      });
      chips.hidden = !chips.children.length;
    }

    function gewijzigd(melding) {
      select.dispatchEvent(new Event("change", { bubbles: true }));
      toonChips();
      status.textContent = melding;
    }

    function wissel(li) {
      li._optie.selected = !li._optie.selected;
      gewijzigd(li._optie.textContent + (li._optie.selected ? " gekozen." : " niet meer gekozen."));
    }

    function zetActief(li) {
      if (actief) { actief.classList.remove("is-actief"); }
      actief = li;
      if (li) {
        li.classList.add("is-actief");
        veld.setAttribute("aria-activedescendant", li.id);
        li.scrollIntoView({ block: "nearest" });
      } else {
        veld.removeAttribute("aria-activedescendant");
      }
    }

    function open() {
      lijst.hidden = false;
      veld.setAttribute("aria-expanded", "true");
    }

    function dicht() {
      lijst.hidden = true;
      veld.setAttribute("aria-expanded", "false");
      zetActief(null);
    }

    function filter() {
      var vraag = normaal(veld.value.trim());
      var aantal = 0;
      opties.forEach(function (li) {
        li.hidden = vraag !== "" && li._zoek.indexOf(vraag) === -1;
        if (!li.hidden) { aantal += 1; }
      });
      open();
      zetActief(vraag ? zichtbare()[0] || null : null);
      status.textContent = aantal === 1 ? "1 resultaat." : aantal + " resultaten.";
    }

    veld.addEventListener("input", filter);
    veld.addEventListener("focus", function () { if (veld.value) { filter(); } });
    veld.addEventListener("blur", function () { window.setTimeout(dicht, 150); });
    veld.addEventListener("keydown", function (e) {
      var lijstje = zichtbare();
      var plek = actief ? lijstje.indexOf(actief) : -1;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        open();
        zetActief(lijstje[Math.min(plek + 1, lijstje.length - 1)] || null);
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        zetActief(lijstje[Math.max(plek - 1, 0)] || null);
      } else if (e.key === "Enter" || (e.key === " " && actief && !lijst.hidden && veld.value === "")) {
        if (actief && !lijst.hidden) {
          e.preventDefault();  // choose, do not send the form
          wissel(actief);
        } else if (e.key === "Enter" && veld.value) {
          e.preventDefault();
        }
      } else if (e.key === "Escape") {
        if (!lijst.hidden) { e.preventDefault(); dicht(); }
      } else if (e.key === "Backspace" && veld.value === "") {
        var gekozen = opties.filter(function (li) { return li._optie.selected; });
        if (gekozen.length) {
          var laatste = gekozen[gekozen.length - 1];
          laatste._optie.selected = false;
          gewijzigd(laatste._optie.textContent + " verwijderd.");
        }
      }
    });

    doos.appendChild(chips);
    doos.appendChild(veld);
    doos.appendChild(uitleg);
    doos.appendChild(lijst);
    doos.appendChild(status);
    select.hidden = true;
    select.setAttribute("aria-hidden", "true");
    select.tabIndex = -1;
    select.parentNode.insertBefore(doos, select.nextSibling);
    // a help text written for the plain select ("houd Ctrl ingedrukt") no longer applies
    document.querySelectorAll('[data-keuzelijst-zonder-js="' + select.id + '"]').forEach(function (el) { el.hidden = true; });
    toonChips();
    // a form reset (or the browser restoring the page) changes the select: follow it
    select.addEventListener("change", function (e) { if (e.isTrusted) { toonChips(); } });
    select.form && select.form.addEventListener("reset", function () { window.setTimeout(toonChips, 0); });
  }

  function verrijkAlles(root) {
    (root || document).querySelectorAll('select[multiple][data-keuzelijst="ja"]').forEach(verrijk);
  }

  window.ministerieKeuzelijst = verrijkAlles;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { verrijkAlles(document); });
  } else {
    verrijkAlles(document);
  }
  document.addEventListener("htmx:afterSettle", function (e) { verrijkAlles(e.target); });
})();
