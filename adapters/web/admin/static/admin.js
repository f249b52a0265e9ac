// Draws every chart on the page from its JSON spec (see adapters/web/admin/charts.py).
(function () {
  "use strict";

  function axis(title, extra) {
    var a = { beginAtZero: true, grid: { color: "#eef0f3" }, ticks: { color: "#667085" } };
    if (title) a.title = { display: true, text: title, color: "#667085" };
    return Object.assign(a, extra || {});
  }

  function build(spec) {
    var o = spec.options || {};
    var line = spec.type === "line";
    var datasets = spec.datasets.map(function (d) {
      var isLine = (d.type || spec.type) === "line";
      return {
        label: d.label, data: d.data, type: d.type || spec.type, yAxisID: d.yAxisID,
        backgroundColor: isLine ? d.color : d.color + "cc", borderColor: d.color,
        borderWidth: isLine ? 2.5 : 0, borderRadius: isLine ? 0 : 4, tension: 0.25,
        pointRadius: isLine ? 3 : 0, spanGaps: false, order: isLine ? 0 : 1,
      };
    });
    var scales = {};
    var valueAxis = o.horizontal ? "x" : "y";
    var categoryAxis = o.horizontal ? "y" : "x";
    scales[categoryAxis] = { stacked: !!o.stacked, grid: { display: false }, ticks: { color: "#344054" } };
    if (o.maxTicks) {
      Object.assign(scales[categoryAxis].ticks, { autoSkip: true, maxRotation: 0, maxTicksLimit: o.maxTicks });
    }
    if (o.xTitle && !o.horizontal) scales.x.title = { display: true, text: o.xTitle, color: "#667085" };
    scales[valueAxis] = axis(o.horizontal ? o.xTitle : o.yTitle, { stacked: !!o.stacked });
    if (o.yMin !== undefined) scales[valueAxis].min = o.yMin;
    if (o.yMax !== undefined) scales[valueAxis].max = o.yMax;
    if (datasets.some(function (d) { return d.yAxisID === "y2"; })) {
      scales.y2 = axis(o.y2Title, { position: "right", grid: { drawOnChartArea: false } });
      if (o.y2Max !== undefined) scales.y2.max = o.y2Max;
    }
    return {
      type: line ? "line" : "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: o.horizontal ? "y" : "x", responsive: true, maintainAspectRatio: false,
        animation: false, interaction: { mode: "index", intersect: false }, scales: scales,
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12, color: "#344054" } } },
      },
    };
  }

  function drawAll() {
    if (!window.Chart) return;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var box = canvas.parentElement;
      if (box.dataset.height) box.style.height = box.dataset.height + "px";
      var source = document.getElementById(canvas.dataset.chart);
      if (!source) return;
      var spec = JSON.parse(source.textContent);
      if (!spec.labels.length) {
        box.classList.add("no-data");
        box.style.height = "auto";
        box.textContent = "No data yet.";
        return;
      }
      new Chart(canvas, build(spec));
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawAll);
  else drawAll();
})();
