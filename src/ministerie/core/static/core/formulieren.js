/* Every form of the page shell: a sent form shows "Bezig…" and is not sent a second time.
 *
 * On submit the form gets aria-busy="true", its submit buttons aria-disabled="true" and a
 * status message (a live region) beside the button that was pressed; a second submit of the
 * same form is cancelled. The buttons are not given the `disabled` attribute while the form is
 * being sent: a disabled button's name and value would be left out of the data sent (forms with
 * several buttons, such as "akkoord" and "niet akkoord", need them).
 *
 * Not touched: a form that only asks (method GET: filters, searches, exports; sending it twice
 * changes nothing), a form whose submit another script cancelled, a form with a target (a new
 * window), and a form marked data-geen-voortgang. Forms sent by htmx are marked busy between
 * htmx:beforeRequest and htmx:afterRequest. When the answer does not replace the page (a
 * download) or the page comes back from the back/forward cache, the form is usable again.
 */
(function () {
  "use strict";

  var TEKST = "Bezig…";
  var HIER = document.currentScript && document.currentScript.src;
  var KEUZELIJST = 'select[multiple][data-keuzelijst="ja"]';
  var VRIJGEVEN_NA_MS = 10000;

  function knoppen(form) {
    return form.querySelectorAll('button:not([type]), button[type="submit"], input[type="submit"]');
  }

  function bezig(form, knop) {
    form.setAttribute("aria-busy", "true");
    form.dataset.bezig = "1";
    knoppen(form).forEach(function (k) {
      k.setAttribute("aria-disabled", "true");
      k.classList.add("is-bezig");
    });
    var melding = document.createElement("span");
    melding.className = "bezig-melding";
    melding.setAttribute("role", "status");
    var plek = knop && form.contains(knop) ? knop : knoppen(form)[knoppen(form).length - 1];
    if (plek) {
      plek.insertAdjacentElement("afterend", melding);
    } else {
      form.appendChild(melding);
    }
    // text set after insertion, so that screen readers announce the change in the live region
    window.setTimeout(function () { melding.textContent = TEKST; }, 50);
    form._vrijgeven = window.setTimeout(function () { vrij(form); }, VRIJGEVEN_NA_MS);
  }

  function vrij(form) {
    window.clearTimeout(form._vrijgeven);
    form.removeAttribute("aria-busy");
    delete form.dataset.bezig;
    knoppen(form).forEach(function (k) {
      k.removeAttribute("aria-disabled");
      k.classList.remove("is-bezig");
    });
    form.querySelectorAll(".bezig-melding").forEach(function (m) { m.remove(); });
  }

  function doetMee(form) {
    return form instanceof HTMLFormElement && form.method === "post" &&
      !form.hasAttribute("data-geen-voortgang") && !form.getAttribute("target");
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!doetMee(form)) {
      return;
    }
    if (form.dataset.bezig) {
      event.preventDefault();  // a second click while the first is still under way
      return;
    }
    if (event.defaultPrevented) {
      return;  // another script (htmx, a confirmation) handles this submit
    }
    bezig(form, event.submitter);
  });

  // htmx sends the form itself; its request events mark the form busy and free it again
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail && event.detail.elt;
    if (doetMee(form) && !form.dataset.bezig) {
      bezig(form, null);
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail && event.detail.elt;
    if (form instanceof HTMLFormElement && form.dataset.bezig) {
      vrij(form);
    }
  });

  // back to a page kept in the back/forward cache: its forms must be usable again
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.querySelectorAll("form[data-bezig]").forEach(vrij);
    }
  });

  // a page with a <select multiple> gets the searchable multi-select (keuzelijst.js, same folder),
  // loaded only where it is needed; content swapped in by htmx is looked at too
  function keuzelijsten(root) {
    if (!HIER || !(root || document).querySelector || !(root || document).querySelector(KEUZELIJST)) {
      return;
    }
    if (window.ministerieKeuzelijst) {
      window.ministerieKeuzelijst(root);
      return;
    }
    if (document.querySelector("script[data-keuzelijst]")) {
      return;  // already on its way; it enhances the whole page when it runs
    }
    var script = document.createElement("script");
    script.src = HIER.replace(/formulieren(\.[0-9a-f]+)?\.js(\?.*)?$/, "keuzelijst.js");
    script.dataset.keuzelijst = "1";
    document.head.appendChild(script);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { keuzelijsten(document); });
  } else {
    keuzelijsten(document);
  }
  document.addEventListener("htmx:afterSettle", function (event) { keuzelijsten(event.target); });
})();
