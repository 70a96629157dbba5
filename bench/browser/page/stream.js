// In-page side of the browser benchmark, evaluated as source text (page.evaluate("…")) so tsx's keepNames
// helpers never reach the page. One expression: an object of helpers. Runs in the page's main world, as the
// site's own scripts do, so it sees the content script only through the DOM (data-second-look).
(() => {
  const STATE = "data-second-look";
  const ERROR = "data-second-look-error";
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

  /** The insertion time of node's nearest ancestor (itself included, across shadow roots) that was appended. */
  const insertionOf = (times, node) => {
    for (let n = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
      const t = times.get(n);
      if (t !== undefined) return t;
    }
    return undefined;
  };

  return {
    /**
     * Gives the next `count` posts appendPosts hands out texts of their own: the fixtures cycle through a few
     * templates, and the worker remembers verdicts by content, so repeats would measure its cache, not the
     * engine. A number in brackets goes after the text (X) or the title (Reddit); bait stays bait.
     */
    uniqueTexts(count) {
      const data = window.__fixture.data;
      const templates = data.generated;
      data.generated = Array.from({ length: count }, (_, n) => {
        const t = templates[n % templates.length];
        const tag = ` (${n + 1})`;
        return Array.isArray(t.text) ? { ...t, text: [...t.text, tag] } : { ...t, title: `${t.title}${tag}` };
      });
      return data.generated.filter((t) => t.bait).length;
    },

    /**
     * Appends `batches` × `size` posts, one batch every `intervalMs`, and times each post from just after its
     * append to the first time the content script marks it "flag" or "ok" (and to when it first marked it
     * "pending": the scan found it and sent it to the worker). Waits up to `settleMs` for the last
     * verdicts (with `expectVerdicts` false, the baseline without the extension, it just waits that long).
     * Long tasks are those that start during the stream or its settling. (Long animation frames would name
     * scripts, but Chromium leaves content scripts out of them: the CPU profile attributes time instead.)
     */
    async stream({ batches, size, intervalMs, settleMs, expectVerdicts, mounted }) {
      const inserted = new WeakMap();
      const judged = new WeakSet();
      const noticed = new WeakMap();
      const latencies = [];
      const detections = [];
      const batchOf = [];
      /** Per batch (by index), ms from its append until the page had rendered it (the frame's end), -1 if unseen. */
      const frames = new Array(batches).fill(-1);
      let unavailable = 0;
      /** Posts the page unmounted (scrolled out) before their verdict: no latency to measure, counted apart. */
      let unmounted = 0;
      let flagged = 0;
      let posts = 0;
      let lateMs = 0;
      let firstAppendAt = null;
      let firstVerdictAt = null;

      const longTasks = [];
      const tasks = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
      });
      tasks.observe({ type: "longtask", buffered: true });

      const verdicts = new MutationObserver((records) => {
        const now = performance.now();
        for (const { target } of records) {
          const state = target.getAttribute(STATE);
          if (state === "pending" && !noticed.has(target)) noticed.set(target, now);
          if ((state !== "flag" && state !== "ok") || judged.has(target)) continue;
          const at = insertionOf(inserted, target);
          if (at === undefined) continue; // a post the page opened with
          judged.add(target);
          at.judged = true;
          firstVerdictAt ??= now;
          if (target.hasAttribute(ERROR)) unavailable++;
          else {
            latencies.push(now - at.time);
            detections.push((noticed.get(target) ?? now) - at.time);
            batchOf.push(at.batch);
            if (state === "flag") flagged++;
          }
        }
      });
      verdicts.observe(document, { subtree: true, attributes: true, attributeFilter: [STATE] });
      const additions = new MutationObserver(() => undefined);
      additions.observe(document, { subtree: true, childList: true });

      // X unmounts the cells scrolled out above (the other fixtures keep every post, as their sites do).
      if (mounted !== null) window.__fixture.keepMounted?.(mounted);
      const start = performance.now();
      for (let batch = 0; batch < batches; batch++) {
        const due = start + batch * intervalMs;
        await sleep(due - performance.now());
        lateMs = Math.max(lateMs, performance.now() - due);
        additions.takeRecords();
        posts += window.__fixture.appendPosts(size).length;
        const time = performance.now();
        firstAppendAt ??= time;
        // A message posted from the frame's callback arrives once that frame's style, layout and paint are done.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (frames[batch] = performance.now() - time);
          channel.port2.postMessage(null);
        });
        for (const record of additions.takeRecords()) {
          for (const node of record.addedNodes) inserted.set(node, { time, batch, judged: false });
          for (const node of record.removedNodes) {
            const at = inserted.get(node);
            if (at && !at.judged) unmounted++;
          }
        }
      }
      const streamed = performance.now();
      const deadline = streamed + settleMs;
      while (performance.now() < deadline && (!expectVerdicts || latencies.length + unavailable + unmounted < posts)) await sleep(20);
      const end = performance.now();
      // Entries are delivered after the frame that ends them; give the observers that frame.
      await sleep(100);
      for (const observer of [verdicts, additions, tasks]) observer.disconnect();

      const during = (e) => e.start >= start && e.start < end;
      return {
        posts,
        judged: latencies.length,
        unavailable,
        unmounted,
        flagged,
        latencies,
        detections,
        batchOf,
        frames,
        streamMs: streamed - start,
        timeOrigin: performance.timeOrigin,
        firstAppendAt,
        firstVerdictAt,
        settledMs: end - start,
        lateMs,
        longTasks: longTasks.filter(during),
      };
    },

    /** The page's own view of the JS heap (bucketed unless Chromium runs with --enable-precise-memory-info). */
    memory: () => (performance.memory ? performance.memory.usedJSHeapSize : null),
  };
})()
