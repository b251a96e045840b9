// Inline SVG charts for the dashboard. Every text that comes from the table goes in through textContent or an
// attribute value, never through markup, so a headline or label cannot inject elements or script.
"use strict";
window.Charts = (function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLOURS = 8;

  function svg(name, attributes, parent) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) {
      element.setAttribute(key, String(value));
    }
    if (parent) {
      parent.appendChild(element);
    }
    return element;
  }

  function text(parent, x, y, content, anchor) {
    const t = svg("text", { x: x, y: y, "text-anchor": anchor || "middle" }, parent);
    t.textContent = content;
    return t;
  }

  // A round step so that the y axis shows 3 to 5 ticks.
  function niceStep(max) {
    if (max <= 4) {
      return 1;
    }
    const raw = max / 4;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  // How a period is named on the axis: "24 Dec" for a day or week, "Dec 2015" for a month, "2015" for a year.
  function shortDay(iso, per) {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const [y, m, d] = iso.split("-");
    if (per === "year") {
      return y;
    }
    if (per === "month") {
      return months[Number(m) - 1] + " " + y;
    }
    return Number(d) + " " + months[Number(m) - 1];
  }

  // Series with equal counts would hide each other: each series also has its own dash pattern and marker
  // shape, and markers that share a point are set side by side (dodged) so that every one of them shows.
  const DASHES = ["", "6 3", "2 3", "8 3 2 3", "12 4", "3 2 3 6", "1 4", "10 2 2 2"];
  const MARKERS = ["circle", "square", "triangle", "diamond", "circle", "square", "triangle", "diamond"];
  const DODGE = 4;

  function marker(parent, shape, cx, cy, r, colour) {
    const cls = "dot s" + colour;
    if (shape === "square") {
      return svg("rect", { class: cls, x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }, parent);
    }
    if (shape === "triangle") {
      const h = r * 1.2;
      return svg("polygon", { class: cls, points: [cx, cy - h, cx - h, cy + h * 0.8, cx + h, cy + h * 0.8]
        .map(v => v.toFixed(1)).join(" ").replace(/(\S+) (\S+)/g, "$1,$2") }, parent);
    }
    if (shape === "diamond") {
      const h = r * 1.3;
      return svg("polygon", { class: cls, points: cx + "," + (cy - h) + " " + (cx + h) + "," + cy + " " + cx + ","
        + (cy + h) + " " + (cx - h) + "," + cy }, parent);
    }
    return svg("circle", { class: cls, cx: cx, cy: cy, r: r }, parent);
  }

  /** For each series and period, the horizontal offset that keeps markers with the same count apart. */
  function dodges(series, periods) {
    const offsets = series.map(() => new Array(periods.length).fill(0));
    for (let i = 0; i < periods.length; i++) {
      const byCount = new Map();
      series.forEach((s, k) => {
        const c = s.counts[i];
        if (!byCount.has(c)) {
          byCount.set(c, []);
        }
        byCount.get(c).push(k);
      });
      for (const members of byCount.values()) {
        members.forEach((k, rank) => { offsets[k][i] = (rank - (members.length - 1) / 2) * DODGE; });
      }
    }
    return offsets;
  }

  /**
   * Draws one line per series (at most eight, the largest totals first) over the period axis and returns the
   * series drawn, each with the colour index the legend should use.
   */
  function lineChart(container, periods, allSeries, options) {
    container.replaceChildren();
    const series = allSeries.filter(s => s.total > 0).sort((a, b) => b.total - a.total).slice(0, COLOURS)
      .map((s, i) => Object.assign({ colour: i }, s));
    if (series.length === 0) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = (options && options.emptyText) || "No articles in this range.";
      container.appendChild(empty);
      return [];
    }
    const width = 600, height = 200, left = 34, right = 10, top = 10, bottom = 26;
    const plotW = width - left - right, plotH = height - top - bottom;
    const max = Math.max(1, ...series.flatMap(s => s.counts));
    const step = niceStep(max);
    const yMax = Math.ceil(max / step) * step;
    const x = i => left + (periods.length === 1 ? plotW / 2 : (i * plotW) / (periods.length - 1));
    const y = v => top + plotH - (v * plotH) / yMax;

    const root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": (options && options.title) || "chart", class: "line-chart" }, container);
    const axis = svg("g", { class: "axis" }, root);
    for (let v = 0; v <= yMax; v += step) {
      svg("line", { class: "grid-line", x1: left, x2: width - right, y1: y(v), y2: y(v) }, axis);
      text(axis, left - 6, y(v) + 3, String(v), "end");
    }
    svg("line", { class: "axis-line", x1: left, x2: width - right, y1: y(0), y2: y(0) }, axis);
    const per = options && options.per;
    const labelEvery = Math.max(1, Math.ceil(periods.length / 8));
    periods.forEach((p, i) => {
      if (i % labelEvery === 0 || i === periods.length - 1 && periods.length <= 8) {
        text(axis, x(i), height - 8, shortDay(p, per));
      }
    });

    const offsets = dodges(series, periods);
    series.forEach((s, k) => {
      const g = svg("g", { class: "series-group", "data-series": s.id }, root);
      const title = svg("title", {}, g);
      title.textContent = s.label + ": " + s.total;
      if (periods.length > 1) {
        const points = s.counts.map((c, i) => (x(i) + offsets[k][i]).toFixed(1) + "," + y(c).toFixed(1)).join(" ");
        const line = svg("polyline", { class: "series s" + s.colour, points: points }, g);
        if (DASHES[s.colour]) {
          line.setAttribute("stroke-dasharray", DASHES[s.colour]);
        }
      }
      s.counts.forEach((c, i) => {
        if (c > 0 || periods.length <= 31) {
          const dot = marker(g, MARKERS[s.colour], x(i) + offsets[k][i], y(c), c > 0 ? 3 : 1.5, s.colour);
          const tip = svg("title", {}, dot);
          tip.textContent = s.label + ", " + periods[i] + ": " + c;
        }
      });
    });
    return series;
  }

  /** Fills a legend list with a swatch, label and total per drawn series. */
  function legend(list, series, hiddenCount) {
    list.replaceChildren();
    for (const s of series) {
      const item = document.createElement("li");
      // the legend shows each series' line pattern and marker, as drawn in the chart
      const swatch = document.createElementNS(SVG, "svg");
      swatch.setAttribute("class", "swatch-line");
      swatch.setAttribute("viewBox", "0 0 24 10");
      const sample = svg("line", { class: "series s" + s.colour, x1: 1, x2: 23, y1: 5, y2: 5 }, swatch);
      if (DASHES[s.colour]) {
        sample.setAttribute("stroke-dasharray", DASHES[s.colour]);
      }
      marker(swatch, MARKERS[s.colour], 12, 5, 3, s.colour);
      const label = document.createElement("span");
      label.textContent = s.label;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = String(s.total);
      item.append(swatch, label, count);
      list.appendChild(item);
    }
    if (hiddenCount > 0) {
      const more = document.createElement("li");
      more.className = "muted";
      more.textContent = "+" + hiddenCount + " more with articles";
      list.appendChild(more);
    }
  }

  return { lineChart: lineChart, legend: legend, shortDay: shortDay };
})();
