// ClashWatch: small enhancements over server-rendered pages; everything works without it.
"use strict";
(function () {
  // Map: scroll to zoom, drag to pan, by moving the SVG viewBox.
  function zoomable(svg) {
    const base = svg.viewBox.baseVal;
    const home = [base.x, base.y, base.width, base.height];
    let drag = null;
    function point(ev) {
      const r = svg.getBoundingClientRect();
      return [base.x + (ev.clientX - r.left) / r.width * base.width,
              base.y + (ev.clientY - r.top) / r.height * base.height];
    }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      const [px, py] = point(ev);
      const k = ev.deltaY < 0 ? 0.8 : 1.25;
      const w = Math.min(home[2], Math.max(home[2] / 40, base.width * k));
      const f = w / base.width;
      base.x = px - (px - base.x) * f; base.y = py - (py - base.y) * f;
      base.width = w; base.height = base.height * f;
    }, { passive: false });
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest("a")) return;
      drag = point(ev); svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      const [px, py] = point(ev);
      base.x -= px - drag[0]; base.y -= py - drag[1];
    });
    svg.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("dblclick", function () {
      [base.x, base.y, base.width, base.height] = home;
    });
  }
  // Charts: hovering a legend entry brings its line forward.
  function legendHover(box) {
    const keys = box.querySelectorAll(".legend span");
    const series = box.querySelectorAll("svg .series");
    keys.forEach(function (key, i) {
      key.classList.add("series-key");
      key.addEventListener("mouseenter", function () {
        series.forEach(function (s, j) { s.classList.toggle("dim", i !== j); });
      });
      key.addEventListener("mouseleave", function () {
        series.forEach(function (s) { s.classList.remove("dim"); });
      });
    });
  }
  // Event page: following a quote link flashes the sentence it points to.
  function flashTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (el && el.tagName === "MARK") {
      el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash");
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("svg.map").forEach(zoomable);
    document.querySelectorAll(".chart-box").forEach(legendHover);
    window.addEventListener("hashchange", flashTarget);
    flashTarget();
  });
})();
