// The dashboard page: reads the JSON API and renders charts, the latest articles and one article's evidence.
// Headlines and every other stored text are untrusted (they come off the wire): they are only ever set with
// textContent, never parsed as HTML.
"use strict";
(function () {
  const page = new URLSearchParams(window.location.search);
  const range = new URLSearchParams();
  for (const name of ["from", "to", "per"]) {
    if (page.get(name)) {
      range.set(name, page.get(name));
    }
  }

  function el(tag, className, content) {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (content !== undefined && content !== null) {
      element.textContent = String(content);
    }
    return element;
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) {
      throw new Error(body.error || ("HTTP " + response.status));
    }
    return body;
  }

  function setStatus(message, isError) {
    const status = document.getElementById("status");
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
  }

  function fillRangeForm(chart) {
    document.getElementById("from").value = chart.from;
    document.getElementById("to").value = chart.to;
    document.getElementById("per").value = chart.per;
  }

  function renderChart(kind, chart, filter) {
    const series = chart.series.filter(filter);
    const drawn = Charts.lineChart(document.getElementById(kind + "-chart"), chart.periods, series,
      { title: "Articles per " + (kind === "topics" ? "topic" : "region") + " and " + chart.per, per: chart.per });
    const withArticles = series.filter(s => s.total > 0).length;
    Charts.legend(document.getElementById(kind + "-legend"), drawn, withArticles - drawn.length);
    const truncated = chart.series.some(s => s.truncated) ? " · some counts are lower bounds" : "";
    const asked = new URLSearchParams(window.location.search).get("per");
    const coarser = asked && asked !== chart.per ? " (too many " + asked + "s for one chart)" : "";
    document.getElementById(kind + "-hint").textContent =
      "per " + chart.per + coarser + ", " + chart.from + " to " + chart.to + truncated;
  }

  function renderWorld(chart) {
    const world = document.getElementById("world");
    world.replaceChildren();
    const tops = chart.series.filter(s => s.depth === 0);
    const max = Math.max(1, ...chart.series.filter(s => s.depth > 0).map(s => s.total));
    for (const top of tops) {
      const column = el("div", "continent");
      column.dataset.region = top.id;
      const heading = el("h4");
      heading.append(el("span", null, top.label), el("span", "count", top.total));
      column.appendChild(heading);
      const descendants = descendantsOf(chart.series, top.id);
      if (descendants.length === 0) {
        column.appendChild(el("p", "muted", "groups countries of other regions"));
      }
      for (const region of descendants) {
        const row = el("div", "region-row d" + region.depth + (region.total === 0 ? " zero" : ""));
        row.title = region.label + ": " + region.total;
        const bar = el("div", "bar");
        const fill = el("span");
        fill.style.width = (100 * region.total / max).toFixed(1) + "%";
        bar.appendChild(fill);
        row.append(el("span", "name", region.label), bar, el("span", "count", region.total));
        column.appendChild(row);
      }
      world.appendChild(column);
    }
    document.getElementById("world-hint").textContent = chart.from + " to " + chart.to
      + " · an article counts once in each region it is tagged with";
  }

  function descendantsOf(series, id) {
    const out = [];
    for (const child of series.filter(s => s.parent === id)) {
      out.push(child, ...descendantsOf(series, child.id));
    }
    return out;
  }

  // The strongest few tags of each kind keep a row readable; the evidence panel lists them all.
  function tagChips(kind, tags, shown) {
    const chips = tags.slice(0, shown).map(tag => {
      const chip = el("span", "tag " + kind, tag.label || tag.id);
      chip.title = kind + " " + tag.id;
      return chip;
    });
    if (tags.length > shown) {
      const more = el("span", "tag more", "+" + (tags.length - shown));
      more.title = tags.slice(shown).map(tag => tag.label || tag.id).join(", ");
      chips.push(more);
    }
    return chips;
  }

  function renderLatest(rows) {
    const body = document.getElementById("latest");
    body.replaceChildren();
    if (rows.length === 0) {
      const row = el("tr");
      const cell = el("td", "muted", "No classified articles in the table yet.");
      cell.colSpan = 4;
      row.appendChild(cell);
      body.appendChild(row);
      return;
    }
    for (const article of rows) {
      const row = el("tr");
      row.dataset.articleId = article.articleId;
      const link = el("button", "headline-link", article.headline || "(no headline)");
      link.type = "button";
      link.addEventListener("click", () => {
        window.location.hash = "article=" + encodeURIComponent(article.articleId);
      });
      const headline = el("td", "headline");
      headline.appendChild(link);
      const tags = el("td", "tags");
      tags.append(...tagChips("topic", article.topics, 3), ...tagChips("country", article.countries, 3),
        ...tagChips("region", article.regions, 2));
      const [day, clock] = (article.sortTime || "").replace("Z", "").split("T");
      const time = el("td", "time", day);
      if (clock) {
        time.appendChild(el("span", "clock", clock.slice(0, 5) + " UTC"));
      }
      row.append(time, headline,
        el("td", "agency", article.agency || ""), tags);
      body.appendChild(row);
    }
  }

  function selectedId() {
    const match = /^#article=(.+)$/.exec(window.location.hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function fmt(n) {
    return Number(n).toFixed(2);
  }

  function evidenceTable(kind, tags, withMentions) {
    const table = el("table", "tag-evidence " + kind);
    const head = el("tr");
    head.append(el("th", null, kind === "topic" ? "Topic" : "Country"), el("th", "num", "score"),
      el("th", null, withMentions ? "names that fired (× count)" : "terms that fired (× count)"));
    table.appendChild(head);
    for (const tag of tags) {
      const row = el("tr");
      const name = el("td");
      name.append(el("div", null, tag.label || tag.id), el("div", "kind", tag.id
        + (withMentions && tag.mentions != null ? " · " + tag.mentions + " mentions" : "")));
      const terms = el("td");
      for (const term of tag.evidence) {
        const chip = el("span", "term", term.term + " ×" + term.count);
        chip.title = "weight " + fmt(term.weight);
        terms.appendChild(chip);
      }
      if (tag.evidence.length === 0) {
        terms.appendChild(el("span", "muted", "no stored evidence"));
      }
      row.append(name, el("td", "num", fmt(tag.score)), terms);
      table.appendChild(row);
    }
    return table;
  }

  function renderEvidence(article) {
    const panel = document.getElementById("evidence");
    panel.replaceChildren();
    const box = el("div", "evidence");
    box.dataset.articleId = article.articleId;
    box.appendChild(el("h3", "evidence-headline", article.headline || "(no headline)"));
    const tags = article.tags;
    const meta = [article.agency, article.published, article.status,
      tags.datelinePlace ? "dateline " + tags.datelinePlace + (tags.datelineCountry ? " (" + tags.datelineCountry + ")" : "") : null,
      tags.rulesHash ? "rules " + tags.rulesHash : null].filter(Boolean).join(" · ");
    box.appendChild(el("div", "meta", meta));
    const source = [article.byline ? "by " + article.byline : null, article.site].filter(Boolean).join(" · ");
    if (source) {
      box.appendChild(el("div", "meta byline", source));
    }
    if (article.url && /^https?:\/\//i.test(article.url)) {
      const link = el("a", "meta url", article.url);
      link.href = article.url;
      link.rel = "noopener noreferrer";
      box.appendChild(link);
    }
    if (article.reason) {
      box.appendChild(el("p", "muted", "Reason: " + article.reason));
    }
    if (tags.topics.length > 0) {
      box.appendChild(evidenceTable("topic", tags.topics, false));
    } else {
      box.appendChild(el("p", "muted", "No topic tags."));
    }
    if (tags.countries.length > 0) {
      box.appendChild(evidenceTable("country", tags.countries, true));
    }
    if (tags.regions.length > 0) {
      const regions = el("p", "regions");
      regions.append(el("span", "kind", "Regions "), ...tags.regions.map(r => {
        const chip = el("span", "tag region", (r.label || r.id) + " " + fmt(r.score));
        chip.title = r.id;
        return chip;
      }));
      box.appendChild(regions);
    }
    if (article.body) {
      const excerpt = article.body.length > 320 ? article.body.slice(0, 320) + "…" : article.body;
      box.appendChild(el("p", "excerpt", excerpt));
    }
    box.appendChild(el("div", "meta", article.s3Uri || ""));
    panel.appendChild(box);
    for (const row of document.querySelectorAll("#latest tr")) {
      row.classList.toggle("selected", row.dataset.articleId === article.articleId);
    }
  }

  async function showSelected(fallbackId) {
    const id = selectedId() || fallbackId;
    if (!id) {
      return;
    }
    try {
      renderEvidence(await getJson("/api/article?id=" + encodeURIComponent(id)));
    } catch (error) {
      const panel = document.getElementById("evidence");
      panel.replaceChildren(el("p", "status error", "Cannot show article " + id + ": " + error.message));
    }
  }

  async function load() {
    const query = range.toString() ? "?" + range.toString() : "";
    try {
      const [topics, regions, latest] = await Promise.all([getJson("/api/topics" + query),
        getJson("/api/regions" + query), getJson("/api/latest?n=15")]);
      fillRangeForm(topics);
      renderChart("topics", topics, () => true);
      renderChart("regions", regions, s => s.depth === 0);
      renderWorld(regions);
      renderLatest(latest);
      setStatus("Showing " + topics.from + " to " + topics.to + " per " + topics.per + " · "
        + latest.length + " latest articles · updated " + new Date().toLocaleTimeString());
      await showSelected(latest.length > 0 ? latest[0].articleId : null);
    } catch (error) {
      setStatus("Cannot load the dashboard: " + error.message, true);
    }
  }

  window.addEventListener("hashchange", () => showSelected(null));
  load();
})();
