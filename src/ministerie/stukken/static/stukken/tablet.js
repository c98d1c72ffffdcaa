// Swipe left/right on a tablet to go to the next/previous memo (buttons do the same).
(function () {
  "use strict";
  var tablet = document.getElementById("tablet");
  if (!tablet) return;
  var startX = null, startY = null;
  tablet.addEventListener("touchstart", function (e) {
    if (e.touches.length !== 1) return;
    startX = e.touches[0].clientX; startY = e.touches[0].clientY;
  }, { passive: true });
  tablet.addEventListener("touchend", function (e) {
    if (startX === null) return;
    var dx = e.changedTouches[0].clientX - startX, dy = e.changedTouches[0].clientY - startY;
    startX = null;
    if (Math.abs(dx) < 80 || Math.abs(dx) < 2 * Math.abs(dy)) return;
    if (e.target.closest("form, textarea, input, select")) return;
    var doel = dx < 0 ? tablet.dataset.volgende : tablet.dataset.vorige;
    if (doel) window.location.href = doel;
  });
})();

// Tap on a page image to anchor an annotation there (page number and position 0..1).
(function () {
  "use strict";
  var formulier = document.querySelector('form[action$="/annoteren/"]');
  if (!formulier) return;
  document.querySelectorAll(".pagina").forEach(function (pagina) {
    pagina.addEventListener("click", function (e) {
      var beeld = pagina.querySelector("img");
      var vak = beeld.getBoundingClientRect();
      var x = (e.clientX - vak.left) / vak.width, y = (e.clientY - vak.top) / vak.height;
      if (x < 0 || x > 1 || y < 0 || y > 1) return;
      formulier.elements.pagina.value = pagina.dataset.pagina;
      formulier.elements.x.value = x.toFixed(4);
      formulier.elements.y.value = y.toFixed(4);
      var oud = pagina.querySelector(".pagina__markering--nieuw");
      if (oud) oud.remove();
      var markering = document.createElement("span");
      markering.className = "pagina__markering pagina__markering--nieuw";
      markering.style.left = (x * 100) + "%";
      markering.style.top = (y * 100) + "%";
      pagina.appendChild(markering);
      formulier.querySelector(".annotatie-plek").textContent =
        "De annotatie komt op pagina " + pagina.dataset.pagina + " op de gekozen plek.";
      formulier.elements.tekst.focus();
    });
  });
})();
