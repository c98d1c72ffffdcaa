// The tablet reading view (stukken/tablet.html). Everything here has another way too: the
// "Vorige nota"/"Volgende nota" links for swiping, the zoom buttons for pinching and double
// tapping, the annotation form in the panel for tapping a place.
(function () {
  "use strict";
  var tablet = document.getElementById("tablet");
  if (!tablet) return;

  var STANDEN = [1, 1.5, 2, 3, 4];
  var MAX = 4;

  // --- zoom: buttons, pinch with two fingers, double tap ------------------------------------
  function zetZoom(figuur, stand, midden) {
    stand = Math.min(MAX, Math.max(1, stand));
    var venster = figuur.querySelector(".zoom__venster");
    var oud = parseFloat(figuur.dataset.zoom) || 1;
    // keep the point under the finger (or the centre) in place
    var mx = midden ? midden.x : venster.clientWidth / 2, my = midden ? midden.y : venster.clientHeight / 2;
    var px = (venster.scrollLeft + mx) / oud, py = (venster.scrollTop + my) / oud;
    figuur.dataset.zoom = String(stand);
    figuur.querySelector(".pagina").style.setProperty("--zoom", String(stand));
    figuur.querySelector(".zoom__stand").textContent = Math.round(stand * 100) + "%";
    venster.scrollLeft = px * stand - mx;
    venster.scrollTop = py * stand - my;
  }

  function stapZoom(figuur, richting) {
    var nu = parseFloat(figuur.dataset.zoom) || 1, doel = 1;
    if (richting > 0) doel = STANDEN.find(function (s) { return s > nu + 0.01; }) || MAX;
    if (richting < 0) doel = STANDEN.slice().reverse().find(function (s) { return s < nu - 0.01; }) || 1;
    zetZoom(figuur, doel);
  }

  document.querySelectorAll(".zoom").forEach(function (figuur) {
    var venster = figuur.querySelector(".zoom__venster");
    figuur.querySelectorAll("[data-zoom-stap]").forEach(function (knop) {
      knop.addEventListener("click", function () { stapZoom(figuur, parseInt(knop.dataset.zoomStap, 10)); });
    });
    var knijp = null;
    function afstand(t) { return Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY); }
    venster.addEventListener("touchstart", function (e) {
      if (e.touches.length === 2) {
        var vak = venster.getBoundingClientRect();
        knijp = {
          afstand: afstand(e.touches), zoom: parseFloat(figuur.dataset.zoom) || 1,
          midden: { x: (e.touches[0].clientX + e.touches[1].clientX) / 2 - vak.left,
                    y: (e.touches[0].clientY + e.touches[1].clientY) / 2 - vak.top }
        };
      }
    }, { passive: true });
    venster.addEventListener("touchmove", function (e) {
      if (!knijp || e.touches.length !== 2) return;
      e.preventDefault();
      zetZoom(figuur, knijp.zoom * afstand(e.touches) / knijp.afstand, knijp.midden);
    }, { passive: false });
    venster.addEventListener("touchend", function (e) { if (e.touches.length < 2) knijp = null; });
  });

  // --- tap a page: an annotation field opens next to that place; a second tap zooms ---------
  var formulier = document.getElementById("annotatie-hier");
  var wacht = null, vorigeTik = 0;

  function sluitFormulier(terugNaar) {
    if (!formulier || formulier.hidden) return;
    formulier.hidden = true;
    document.querySelectorAll(".pagina__markering--nieuw").forEach(function (m) { m.remove(); });
    if (terugNaar) terugNaar.focus();
  }

  function openFormulier(figuur, pagina, x, y, tikX, tikY) {
    if (!formulier) return;
    sluitFormulier();
    formulier.elements.pagina.value = pagina.dataset.pagina;
    formulier.elements.x.value = x.toFixed(4);
    formulier.elements.y.value = y.toFixed(4);
    var markering = document.createElement("span");
    markering.className = "pagina__markering pagina__markering--nieuw";
    markering.style.left = (x * 100) + "%";
    markering.style.top = (y * 100) + "%";
    pagina.appendChild(markering);
    figuur.appendChild(formulier);
    formulier.hidden = false;
    var vak = figuur.getBoundingClientRect();
    var breedte = formulier.offsetWidth;
    var links = Math.min(Math.max(0, tikX - vak.left - breedte / 2), Math.max(0, vak.width - breedte));
    formulier.style.left = links + "px";
    formulier.style.top = (tikY - vak.top + 18) + "px";
    formulier.querySelector(".annotatie-hier__plek").textContent =
      "De annotatie komt op pagina " + pagina.dataset.pagina + " op de plek die u aantikte.";
    formulier.elements.tekst.focus({ preventScroll: true });
  }

  if (formulier) {
    formulier.querySelector("[data-annuleer]").addEventListener("click", function () {
      sluitFormulier(formulier.closest(".zoom") && formulier.closest(".zoom").querySelector(".zoom__venster"));
    });
    formulier.addEventListener("keydown", function (e) {
      if (e.key === "Escape") sluitFormulier(formulier.closest(".zoom").querySelector(".zoom__venster"));
    });
  }

  document.querySelectorAll(".zoom .pagina").forEach(function (pagina) {
    var figuur = pagina.closest(".zoom"), venster = figuur.querySelector(".zoom__venster");
    pagina.addEventListener("click", function (e) {
      if (e.target.closest(".pagina__markering")) return;
      var nu = Date.now();
      if (wacht && nu - vorigeTik < 350) {  // double tap: zoom in there, or back to fit
        clearTimeout(wacht); wacht = null;
        var vv = venster.getBoundingClientRect();
        var stand = (parseFloat(figuur.dataset.zoom) || 1) > 1.01 ? 1 : 2;
        zetZoom(figuur, stand, { x: e.clientX - vv.left, y: e.clientY - vv.top });
        return;
      }
      vorigeTik = nu;
      var beeld = pagina.querySelector("img"), vak = beeld.getBoundingClientRect();
      var x = (e.clientX - vak.left) / vak.width, y = (e.clientY - vak.top) / vak.height;
      if (x < 0 || x > 1 || y < 0 || y > 1) return;
      wacht = setTimeout(function () {
        wacht = null;
        // the page may have scrolled in the meantime: place by the image's position now
        var nieuw = beeld.getBoundingClientRect();
        openFormulier(figuur, pagina, x, y, nieuw.left + x * nieuw.width, nieuw.top + y * nieuw.height);
      }, 350);
    });
  });

  // --- swipe left/right: the next/previous memo of the pile --------------------------------
  var start = null;
  tablet.addEventListener("touchstart", function (e) {
    start = null;
    if (e.touches.length !== 1) return;
    if (e.target.closest("form, textarea, input, select, button")) return;
    var figuur = e.target.closest(".zoom");
    if (figuur && (parseFloat(figuur.dataset.zoom) || 1) > 1.01) return;  // panning a zoomed page
    start = { x: e.touches[0].clientX, y: e.touches[0].clientY, t: Date.now() };
  }, { passive: true });
  tablet.addEventListener("touchmove", function (e) { if (e.touches.length !== 1) start = null; }, { passive: true });
  tablet.addEventListener("touchend", function (e) {
    if (!start || e.changedTouches.length !== 1) return;
    var dx = e.changedTouches[0].clientX - start.x, dy = e.changedTouches[0].clientY - start.y;
    var duur = Date.now() - start.t;
    start = null;
    if (Math.abs(dx) < 80 || Math.abs(dx) < 2 * Math.abs(dy) || duur > 1000) return;
    var doel = dx < 0 ? tablet.dataset.volgende : tablet.dataset.vorige;
    if (doel) {
      tablet.classList.add(dx < 0 ? "tablet--naar-volgende" : "tablet--naar-vorige");
      window.location.href = doel;
    }
  });
})();
