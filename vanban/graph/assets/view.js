/* vanban graph view: pan (drag), zoom (wheel), hover (neighbours), click (attributes), search.
   Plain SVG and a small force layout written for vanban; no library, no network request. */
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = data.nodes, edges = data.edges;
  var svg = document.getElementById("canvas");
  var world = document.createElementNS(SVGNS, "g");
  svg.appendChild(world);
  var view = { x: 0, y: 0, k: 1 };

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVGNS, name);
    for (var a in attrs) e.setAttribute(a, attrs[a]);
    if (parent) parent.appendChild(e);
    return e;
  }

  /* ---- layout: given positions (lineage layers) or a force layout ---------------------- */
  function forceLayout() {
    var n = nodes.length, i, j, it, k = 60, iters = n > 2000 ? 120 : 300;
    var r = Math.sqrt(n) * k;
    for (i = 0; i < n; i++) {
      if (nodes[i].x === undefined) {
        var a = i * 2.399963, d = r * Math.sqrt((i + 0.5) / n);
        nodes[i].x = Math.cos(a) * d; nodes[i].y = Math.sin(a) * d;
      }
    }
    for (it = 0; it < iters; it++) {
      var t = k * 2 * (1 - it / iters) + 1, cell = k * 3, grid = {};
      for (i = 0; i < n; i++) {
        nodes[i].dx = 0; nodes[i].dy = 0;
        var key = Math.floor(nodes[i].x / cell) + "," + Math.floor(nodes[i].y / cell);
        (grid[key] = grid[key] || []).push(i);
      }
      for (i = 0; i < n; i++) {
        var gx = Math.floor(nodes[i].x / cell), gy = Math.floor(nodes[i].y / cell);
        for (var ox = -1; ox <= 1; ox++) for (var oy = -1; oy <= 1; oy++) {
          var bucket = grid[(gx + ox) + "," + (gy + oy)] || [];
          for (j = 0; j < bucket.length; j++) {
            var o = nodes[bucket[j]]; if (o === nodes[i]) continue;
            var ddx = nodes[i].x - o.x, ddy = nodes[i].y - o.y, dist2 = ddx * ddx + ddy * ddy + 0.01;
            var f = k * k / dist2;
            nodes[i].dx += ddx * f; nodes[i].dy += ddy * f;
          }
        }
        nodes[i].dx -= nodes[i].x * 0.01; nodes[i].dy -= nodes[i].y * 0.01;
      }
      for (j = 0; j < edges.length; j++) {
        var s = nodes[edges[j].s], d2 = nodes[edges[j].t];
        var ex = s.x - d2.x, ey = s.y - d2.y, len = Math.sqrt(ex * ex + ey * ey) + 0.01;
        var pull = len / k;
        s.dx -= ex * pull; s.dy -= ey * pull; d2.dx += ex * pull; d2.dy += ey * pull;
      }
      for (i = 0; i < n; i++) {
        var m = Math.sqrt(nodes[i].dx * nodes[i].dx + nodes[i].dy * nodes[i].dy) + 0.01;
        nodes[i].x += nodes[i].dx / m * Math.min(m, t); nodes[i].y += nodes[i].dy / m * Math.min(m, t);
      }
    }
  }
  if (!data.positioned) forceLayout();

  /* ---- drawing ---------------------------------------------------------------------------- */
  var defs = el("defs", {}, svg);
  var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "19", refY: "5",
    markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, defs);
  el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#777" }, marker);
  var edgeLayer = el("g", {}, world), nodeLayer = el("g", {}, world);
  var neighbours = nodes.map(function () { return []; });
  edges.forEach(function (e, i) {
    e.line = el("line", { "class": "edge " + e.rel, x1: nodes[e.s].x, y1: nodes[e.s].y,
      x2: nodes[e.t].x, y2: nodes[e.t].y, "marker-end": "url(#arrow)" }, edgeLayer);
    el("title", {}, e.line).textContent = nodes[e.s].label + " " + e.rel + " " + nodes[e.t].label;
    neighbours[e.s].push(i); neighbours[e.t].push(i);
  });
  nodes.forEach(function (nd, i) {
    nd.g = el("g", { "class": "node " + nd.kind, "data-id": nd.id,
      transform: "translate(" + nd.x + "," + nd.y + ")" }, nodeLayer);
    el("circle", { r: nd.kind === "ingested" ? 8 : 6, fill: nd.color, stroke: nd.color }, nd.g);
    el("text", { x: 11, y: 4 }, nd.g).textContent = nd.label;
    el("title", {}, nd.g).textContent = nd.id;
    nd.g.addEventListener("mouseenter", function () { hot(i, true); });
    nd.g.addEventListener("mouseleave", function () { hot(i, false); });
    nd.g.addEventListener("click", function (ev) { ev.stopPropagation(); select(i); });
  });
  document.getElementById("count").textContent = nodes.length + " documents, " + edges.length + " edges";

  function hot(i, on) {
    neighbours[i].forEach(function (j) { edges[j].line.classList.toggle("hot", on); });
  }

  /* ---- details panel ----------------------------------------------------------------------- */
  var panel = document.getElementById("panel");
  function select(i) {
    nodes.forEach(function (nd) { nd.g.classList.remove("selected"); });
    var nd = nodes[i]; nd.g.classList.add("selected");
    var rows = Object.keys(nd.attrs).map(function (k) {
      return "<tr><td>" + esc(k) + "</td><td>" + esc(nd.attrs[k]) + "</td></tr>";
    }).join("");
    var links = neighbours[i].map(function (j) {
      var e = edges[j];
      return "<tr><td>" + esc(e.rel) + "</td><td>" + esc(nodes[e.s].label) + " → " +
        esc(nodes[e.t].label) + " (" + e.mentions + ")</td></tr>";
    }).join("");
    panel.innerHTML = "<button id='close' title='close'>×</button><h2>" + esc(nd.label) +
      "</h2><table>" + rows + links + "</table>";
    panel.style.display = "block";
    document.getElementById("close").onclick = function () { panel.style.display = "none"; };
  }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  /* ---- pan and zoom ------------------------------------------------------------------------- */
  function apply() { world.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
  function fit() {
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    var minX = Math.min.apply(null, xs) - 40, maxX = Math.max.apply(null, xs) + 160;
    var minY = Math.min.apply(null, ys) - 40, maxY = Math.max.apply(null, ys) + 40;
    var w = svg.clientWidth || 1200, h = svg.clientHeight || 800;
    view.k = Math.min(2, Math.min(w / (maxX - minX), h / (maxY - minY)));
    view.x = -minX * view.k + (w - (maxX - minX) * view.k) / 2;
    view.y = -minY * view.k + (h - (maxY - minY) * view.k) / 2;
    apply();
  }
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX - view.x, y: ev.clientY - view.y }; svg.classList.add("dragging"); });
  window.addEventListener("mousemove", function (ev) { if (drag) { view.x = ev.clientX - drag.x; view.y = ev.clientY - drag.y; apply(); } });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("dragging"); });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var f = Math.exp(-ev.deltaY * 0.0015), r = svg.getBoundingClientRect();
    var mx = ev.clientX - r.left, my = ev.clientY - r.top;
    view.x = mx - (mx - view.x) * f; view.y = my - (my - view.y) * f; view.k *= f; apply();
  }, { passive: false });
  svg.addEventListener("click", function () { panel.style.display = "none"; });

  /* ---- search ------------------------------------------------------------------------------ */
  var search = document.getElementById("search");
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase(); }
  nodes.forEach(function (nd) { nd.text = fold(nd.id + " " + nd.label + " " + (nd.attrs.title || "")); });
  search.addEventListener("input", function () {
    var q = fold(search.value.trim()), hits = 0;
    nodes.forEach(function (nd) {
      var m = q && nd.text.indexOf(q) >= 0; if (m) hits++;
      nd.g.classList.toggle("match", !!m); nd.g.classList.toggle("dim", !!q && !m);
    });
    document.getElementById("count").textContent = q ? hits + " match" : nodes.length + " documents, " + edges.length + " edges";
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var first = nodes.findIndex(function (nd) { return nd.g.classList.contains("match"); });
    if (first < 0) return;
    var w = svg.clientWidth, h = svg.clientHeight;
    view.x = w / 2 - nodes[first].x * view.k; view.y = h / 2 - nodes[first].y * view.k; apply(); select(first);
  });
  fit();
  /* for tests: how many resources the page fetched (must stay 0: everything is inline) */
  var fetched = window.performance && performance.getEntriesByType ?
    performance.getEntriesByType("resource").length : 0;
  document.body.setAttribute("data-resources", String(fetched));
  document.body.setAttribute("data-ready", "1");
})();
