/* The redaction viewer (woo/_lakviewer.html): zoom, the decision panel beside a chosen box,
 * drawing a box with mouse, pen or finger (pointer events), and decisions sent without leaving
 * the page.
 *
 * Without this script the page works as it is: every box is a link to its entry in the lists
 * below, where each has its buttons (real forms). With it, a decision is still that same form,
 * sent with fetch; the page's answer (after the redirect) replaces the page content, so the
 * counts, headings and boxes are the server's, never guessed here. Page images already loaded
 * are kept across that swap. The zoom level lives in sessionStorage.
 */
(function () {
  "use strict";

  var ZOOMSTANDEN = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
  var SCHERP_VANAF = 1.25;
  var ZOOMSLEUTEL = "woo-lakviewer-zoom";
  var MIN_VAK = 3; // PDF points, as the service requires

  function zoom() {
    var waarde = parseFloat(window.sessionStorage.getItem(ZOOMSLEUTEL) || "1");
    return ZOOMSTANDEN.indexOf(waarde) >= 0 ? waarde : 1;
  }

  function pasZoomToe() {
    var bladen = document.getElementById("lak-bladen");
    if (!bladen) { return; }
    var z = zoom();
    bladen.style.setProperty("--zoom", String(z));
    var stand = document.getElementById("zoomstand");
    if (stand) { stand.textContent = Math.round(z * 100) + "%"; }
    document.querySelectorAll("[data-zoom]").forEach(function (knop) {
      var op = (knop.dataset.zoom === "uit" && z === ZOOMSTANDEN[0]) ||
        (knop.dataset.zoom === "in" && z === ZOOMSTANDEN[ZOOMSTANDEN.length - 1]);
      knop.setAttribute("aria-disabled", op ? "true" : "false");
    });
    if (z >= SCHERP_VANAF) {
      bladen.querySelectorAll("img[data-scherp]").forEach(function (img) {
        if (img.getAttribute("src") !== img.dataset.scherp) { img.setAttribute("src", img.dataset.scherp); }
      });
    }
  }

  function zoomKnop(knop) {
    var z = zoom();
    var i = ZOOMSTANDEN.indexOf(z);
    if (knop.dataset.zoom === "in" && i < ZOOMSTANDEN.length - 1) { z = ZOOMSTANDEN[i + 1]; }
    if (knop.dataset.zoom === "uit" && i > 0) { z = ZOOMSTANDEN[i - 1]; }
    if (knop.dataset.zoom === "passend") { z = 1; }
    window.sessionStorage.setItem(ZOOMSLEUTEL, String(z));
    pasZoomToe();
  }

  // --- the panel beside a box -------------------------------------------------------------

  function sluitPaneel(terugNaar) {
    document.querySelectorAll(".woo-lakpop").forEach(function (p) { p.remove(); });
    document.querySelectorAll(".woo-lak--nieuw").forEach(function (v) { v.remove(); });
    document.querySelectorAll(".woo-lak.is-gekozen").forEach(function (v) {
      v.classList.remove("is-gekozen");
      v.setAttribute("aria-expanded", "false");
    });
    if (terugNaar && document.body.contains(terugNaar)) { terugNaar.focus(); }
  }

  function plaatsPaneel(paneel, vel, links, onder) {
    vel.appendChild(paneel);
    var ruimte = vel.clientWidth - paneel.offsetWidth;
    paneel.style.left = Math.max(0, Math.min(links, ruimte)) + "px";
    paneel.style.top = onder + 6 + "px";
  }

  function hernoemIds(kloon, achtervoegsel) {
    kloon.querySelectorAll("[id]").forEach(function (el) {
      var oud = el.id;
      el.id = oud + achtervoegsel;
      kloon.querySelectorAll('label[for="' + oud + '"]').forEach(function (l) { l.htmlFor = el.id; });
    });
  }

  function sluitKnop(terugNaar) {
    var knop = document.createElement("button");
    knop.type = "button";
    knop.className = "utrecht-button utrecht-button--subtle woo-lakpop__sluiten";
    knop.textContent = "Sluiten";
    knop.addEventListener("click", function () { sluitPaneel(terugNaar); });
    return knop;
  }

  function openBesluit(vak) {
    sluitPaneel(null);
    var id = vak.dataset.passage;
    var item = document.getElementById("passage-" + id);
    var paneel = document.createElement("div");
    paneel.className = "woo-lakpop";
    paneel.setAttribute("role", "dialog");
    paneel.setAttribute("aria-labelledby", "lakpop-kop");
    var kop = document.createElement("p");
    kop.className = "woo-lakpop__kop";
    kop.id = "lakpop-kop";
    kop.textContent = vak.getAttribute("aria-label");
    paneel.appendChild(kop);
    var formulier = item && item.querySelector("form");
    if (formulier) {
      var kloon = formulier.cloneNode(true);
      hernoemIds(kloon, "-paneel");
      kloon.appendChild(sluitKnop(vak));
      paneel.appendChild(kloon);
      paneel.dataset.passage = id;
    } else {
      paneel.appendChild(sluitKnop(vak));
    }
    vak.classList.add("is-gekozen");
    vak.setAttribute("aria-expanded", "true");
    plaatsPaneel(paneel, vak.parentElement, vak.offsetLeft, vak.offsetTop + vak.offsetHeight);
    var eerste = paneel.querySelector("button[type=submit]") || paneel.querySelector("button");
    if (eerste) { eerste.focus(); }
  }

  // --- drawing a box ------------------------------------------------------------------------

  var trek = null;

  function tekenen() {
    var viewer = document.getElementById("lakviewer");
    return !!viewer && viewer.classList.contains("is-tekenen");
  }

  function zetTekenen(aan) {
    var viewer = document.getElementById("lakviewer");
    if (!viewer) { return; }
    viewer.classList.toggle("is-tekenen", aan);
    var knop = viewer.querySelector("[data-tekenen]");
    if (knop) { knop.setAttribute("aria-pressed", aan ? "true" : "false"); }
    var uitleg = document.getElementById("teken-uitleg");
    if (uitleg) { uitleg.hidden = !aan; }
    window.sessionStorage.setItem("woo-lakviewer-tekenen", aan ? "1" : "");
  }

  function punt(vel, event) {
    var r = vel.getBoundingClientRect();
    return {
      x: Math.max(0, Math.min(1, (event.clientX - r.left) / r.width)),
      y: Math.max(0, Math.min(1, (event.clientY - r.top) / r.height)),
    };
  }

  function tekenVak(vak, a, b) {
    vak.style.left = Math.min(a.x, b.x) * 100 + "%";
    vak.style.top = Math.min(a.y, b.y) * 100 + "%";
    vak.style.width = Math.abs(a.x - b.x) * 100 + "%";
    vak.style.height = Math.abs(a.y - b.y) * 100 + "%";
  }

  function begin(event) {
    var vel = event.target.closest && event.target.closest(".woo-blad__vel[data-pagina]");
    if (!vel || !tekenen() || event.button > 0 || event.target.closest(".woo-lakpop")) { return; }
    event.preventDefault();
    sluitPaneel(null);
    var vak = document.createElement("div");
    vak.className = "woo-lak woo-lak--nieuw";
    vel.appendChild(vak);
    trek = { vel: vel, vak: vak, start: punt(vel, event), eind: punt(vel, event), id: event.pointerId };
    tekenVak(vak, trek.start, trek.eind);
    try { vel.setPointerCapture(event.pointerId); } catch (e) { /* not capturable: moves still arrive */ }
  }

  function beweeg(event) {
    if (!trek || event.pointerId !== trek.id) { return; }
    event.preventDefault();
    trek.eind = punt(trek.vel, event);
    tekenVak(trek.vak, trek.start, trek.eind);
  }

  function eind(event) {
    if (!trek || event.pointerId !== trek.id) { return; }
    var t = trek;
    trek = null;
    t.eind = punt(t.vel, event);
    tekenVak(t.vak, t.start, t.eind);
    var breedte = parseFloat(t.vel.dataset.breedte);
    var hoogte = parseFloat(t.vel.dataset.hoogte);
    var x0 = Math.min(t.start.x, t.eind.x) * breedte, x1 = Math.max(t.start.x, t.eind.x) * breedte;
    var y0 = Math.min(t.start.y, t.eind.y) * hoogte, y1 = Math.max(t.start.y, t.eind.y) * hoogte;
    if (event.type === "pointercancel" || x1 - x0 < MIN_VAK || y1 - y0 < MIN_VAK) {
      t.vak.remove();
      return;
    }
    var sjabloon = document.getElementById("vak-sjabloon");
    if (!sjabloon) { t.vak.remove(); return; }
    var paneel = document.createElement("div");
    paneel.className = "woo-lakpop";
    paneel.setAttribute("role", "dialog");
    paneel.setAttribute("aria-labelledby", "vakpop-kop");
    var kop = document.createElement("p");
    kop.className = "woo-lakpop__kop";
    kop.id = "vakpop-kop";
    kop.textContent = "Nieuw vak op pagina " + t.vel.dataset.pagina;
    paneel.appendChild(kop);
    paneel.appendChild(sjabloon.content.cloneNode(true));
    var formulier = paneel.querySelector("form");
    var waarden = { pagina: t.vel.dataset.pagina, x0: x0.toFixed(2), y0: y0.toFixed(2), x1: x1.toFixed(2), y1: y1.toFixed(2) };
    Object.keys(waarden).forEach(function (naam) { formulier.elements[naam].value = waarden[naam]; });
    var keuze = document.getElementById("nieuw-grond");
    if (keuze) { formulier.elements.grond.value = keuze.value; }
    var knop = document.querySelector("[data-tekenen]");
    paneel.querySelector("[data-sluiten]").addEventListener("click", function () { sluitPaneel(knop); });
    plaatsPaneel(paneel, t.vel, t.vak.offsetLeft, t.vak.offsetTop + t.vak.offsetHeight);
    formulier.querySelector("button[type=submit]").focus();
  }

  // --- sending a decision and taking the page's answer ---------------------------------------

  function aankondiging() {
    var el = document.getElementById("lak-aankondiging");
    if (!el) {
      el = document.createElement("div");
      el.id = "lak-aankondiging";
      el.className = "visueel-verborgen";
      el.setAttribute("role", "status");
      el.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
      document.body.appendChild(el);
    }
    return el;
  }

  function vervang(html, focusOp) {
    var nieuw = new DOMParser().parseFromString(html, "text/html");
    var oudInhoud = document.querySelector("main .utrecht-page-body__content");
    var nieuwInhoud = nieuw.querySelector("main .utrecht-page-body__content");
    if (!oudInhoud || !nieuwInhoud || !nieuwInhoud.querySelector("#lakviewer")) { return false; }
    var meldingen = [];
    nieuwInhoud.querySelectorAll(":scope > .utrecht-alert").forEach(function (a) {
      meldingen.push(a.textContent.trim());
      a.remove();
    });
    var oudeBladen = document.getElementById("lak-bladen");
    var scroll = oudeBladen ? [oudeBladen.scrollLeft, oudeBladen.scrollTop] : null;
    var beelden = {};
    if (oudeBladen) {
      oudeBladen.querySelectorAll("img[data-scherp]").forEach(function (img) { beelden[img.dataset.scherp] = img; });
    }
    nieuwInhoud.querySelectorAll("#lak-bladen img[data-scherp]").forEach(function (img) {
      var oud = beelden[img.dataset.scherp];
      if (oud && oud.complete) { img.replaceWith(oud); }
    });
    var titel = nieuw.querySelector("title");
    if (titel) { document.title = titel.textContent; }
    oudInhoud.replaceChildren.apply(oudInhoud, Array.prototype.slice.call(nieuwInhoud.childNodes));
    var melding = document.getElementById("lak-melding");
    if (melding) { melding.textContent = meldingen.join(" "); }
    aankondiging().textContent = meldingen.join(" ");
    start();
    var bladen = document.getElementById("lak-bladen");
    if (bladen && scroll) { bladen.scrollLeft = scroll[0]; bladen.scrollTop = scroll[1]; }
    var doel = focusOp && document.querySelector(focusOp);
    if (!doel) {
      doel = document.getElementById("lakviewer-kop");
      doel.setAttribute("tabindex", "-1");
    }
    doel.focus({ preventScroll: !!bladen });
    return true;
  }

  function verstuur(event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !form.closest("#lakviewer")) { return; }
    event.preventDefault();
    var data = new FormData(form, event.submitter);
    if (event.submitter && event.submitter.name && !data.has(event.submitter.name)) {
      data.append(event.submitter.name, event.submitter.value);  // browsers without FormData(form, submitter)
    }
    var paneel = form.closest(".woo-lakpop");
    var focusOp = null;
    if (paneel && paneel.dataset.passage) {
      focusOp = "#vak-" + paneel.dataset.passage;
    } else if (paneel) {
      focusOp = "[data-tekenen]";
    } else if (data.get("passage")) {
      focusOp = "#passage-" + data.get("passage") + " button";
    }
    var terug = function () {
      // the answer was not the page: send the form the ordinary way (the pressed button too)
      if (event.submitter && event.submitter.name) {
        var veld = document.createElement("input");
        veld.type = "hidden";
        veld.name = event.submitter.name;
        veld.value = event.submitter.value;
        form.appendChild(veld);
      }
      HTMLFormElement.prototype.submit.call(form);
    };
    window.fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "XMLHttpRequest" },
    }).then(function (antwoord) {
      if (!antwoord.ok) { throw new Error(String(antwoord.status)); }
      return antwoord.text();
    }).then(function (html) {
      if (!vervang(html, focusOp)) { terug(); }
    }).catch(terug);
  }

  // --- wiring -------------------------------------------------------------------------------

  function licht(id, aan) {
    document.querySelectorAll('[data-voor="' + id + '"], #vak-' + id).forEach(function (el) {
      el.classList.toggle("is-licht", aan);
    });
  }

  function start() {
    document.querySelectorAll(".woo-lakbalk[hidden]").forEach(function (b) { b.hidden = false; });
    document.querySelectorAll(".woo-lak[data-passage]").forEach(function (vak) {
      vak.setAttribute("role", "button");
      vak.setAttribute("aria-haspopup", "dialog");
      vak.setAttribute("aria-expanded", "false");
    });
    pasZoomToe();
    if (window.sessionStorage.getItem("woo-lakviewer-tekenen")) { zetTekenen(true); }
    schikLabels();
  }

  // labels in the margin that would overlap are moved down, in the order of their boxes
  function schikLabels() {
    document.querySelectorAll(".woo-blad__kantlijn").forEach(function (kantlijn) {
      var onder = 0;
      Array.prototype.slice.call(kantlijn.children)
        .sort(function (a, b) { return parseFloat(a.style.top) - parseFloat(b.style.top); })
        .forEach(function (label) {
          label.style.transform = "";
          var boven = label.offsetTop;
          if (boven < onder) { label.style.transform = "translateY(" + (onder - boven) + "px)"; }
          onder = Math.max(onder, boven) + label.offsetHeight + 2;
        });
    });
  }

  document.addEventListener("click", function (event) {
    var zoomknop = event.target.closest("[data-zoom]");
    if (zoomknop) { zoomKnop(zoomknop); return; }
    var tekenknop = event.target.closest("[data-tekenen]");
    if (tekenknop) { sluitPaneel(null); zetTekenen(!tekenen()); return; }
    var vak = event.target.closest(".woo-lak[data-passage]");
    if (vak && !tekenen()) {
      event.preventDefault();
      if (vak.classList.contains("is-gekozen")) { sluitPaneel(vak); } else { openBesluit(vak); }
      return;
    }
    if (!event.target.closest(".woo-lakpop") && !(tekenen() && event.target.closest(".woo-blad__vel"))) {
      sluitPaneel(null);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var paneel = document.querySelector(".woo-lakpop");
      if (paneel) {
        var vak = paneel.dataset.passage ? document.getElementById("vak-" + paneel.dataset.passage) : document.querySelector("[data-tekenen]");
        sluitPaneel(vak);
      } else if (tekenen()) {
        zetTekenen(false);
      }
    } else if ((event.key === " " || event.key === "Spacebar") && event.target.matches && event.target.matches(".woo-lak[data-passage]")) {
      event.preventDefault();  // a link with role button opens with Space too
      event.target.click();
    }
  });
  ["mouseover", "focusin"].forEach(function (soort) {
    document.addEventListener(soort, function (event) {
      var el = event.target.closest && event.target.closest("[data-voor], .woo-lak[data-passage]");
      if (el) { licht(el.dataset.voor || el.dataset.passage, true); }
    });
  });
  ["mouseout", "focusout"].forEach(function (soort) {
    document.addEventListener(soort, function (event) {
      var el = event.target.closest && event.target.closest("[data-voor], .woo-lak[data-passage]");
      if (el) { licht(el.dataset.voor || el.dataset.passage, false); }
    });
  });
  document.addEventListener("pointerdown", begin);
  document.addEventListener("pointermove", beweeg);
  document.addEventListener("pointerup", eind);
  document.addEventListener("pointercancel", eind);
  document.addEventListener("submit", verstuur);
  window.addEventListener("resize", schikLabels);
  window.addEventListener("load", schikLabels);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
