#!/usr/bin/env python
"""Benchmark woo-pipeline on generated notas: speed, memory and detection quality, side by side
with a PyMuPDF floor and two baselines (deduce, Presidio's default recognizers).

    python benchmarks/run.py [--pages 300] [--memory-pages 1000] [--json results.json]

1. Corpus: sample sets from `woo_pipeline.samplegen` with seeds 1, 2, ... (not the committed
   development seed, which the rules were tuned on), documents added until `--pages` is
   reached. Every PDF comes with its exact ground truth.
2. Each measurement runs in a fresh Python process, so its peak memory is its own:
   a. floor: PyMuPDF alone opens each file, extracts the text of every page and saves it
      (garbage=4, deflate): the least any redaction tool built on PyMuPDF has to do;
   b. woo-pipeline end to end (`run_batch`, model loading included) with 1 and 2 workers;
   c. detection quality on the same documents, scored against the truth with the pipeline's
      own matcher: woo-pipeline (automatic decisions), deduce and Presidio (see baselines.py
      for the setup and the type mappings), plus leaks in the pipeline's output PDFs;
   d. memory: one batch of `--memory-pages` pages with the default number of workers;
   e. a cProfile of the pipeline on the first `--profile-pages` pages: where the time goes.
3. A readable report on stdout (ratios to the floor and the baselines, 2-worker speed-up,
   targets met or not) and, with --json, everything in one JSON file.

Timings are wall-clock times of the measured call, without interpreter start and imports
(reported separately as process seconds); CPU seconds (this process and its workers) are
reported too, because on a shared machine wall time also measures the neighbours.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Benchmark the code of the checkout this script lives in, also when another checkout (or a
# snapshot made with `git archive`) is the one installed in editable mode.
sys.path.insert(0, str(ROOT))
FIRST_SEED = 1
PAGES_PER_SEED_GUESS = 35  # one sample set has 16 notas of 1-4 pages, about 35 pages
RESULT_MARK = "BENCH-RESULT "
MEMORY_SAMPLE_SECONDS = 0.25  # RSS only grows in these runs: a coarse sample finds the peak

TARGETS = {
    "pages_per_second_per_core": 20.0,  # at least
    "floor_ratio": 10.0,  # at most: pipeline time / PyMuPDF floor time
    "memory_mb_1000_pages": 1024.0,  # under
}

SECTIONS = ("machine", "corpus", "throughput", "detection_speed", "quality", "memory",
            "stages", "profile", "ratios", "targets")


# --- corpus --------------------------------------------------------------------------------
@dataclass
class Corpus:
    path: str
    documents: int
    pages: int
    seeds: list[int]


def _generate_seed(gen_dir: Path, seed: int) -> None:
    from woo_pipeline.samplegen import generate_samples

    generate_samples(gen_dir / f"seed-{seed:04d}", seed=seed)


def _seed_documents(gen_dir: Path, seed: int) -> list[tuple[Path, int]]:
    """(truth file, pages) of every nota of one generated seed, in a fixed order."""
    out = []
    for truth_path in sorted((gen_dir / f"seed-{seed:04d}").glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        out.append((truth_path, int(truth["pages"])))
    return out


def build_corpus(gen_dir: Path, dest: Path, pages: int, jobs: int) -> Corpus:
    """Copy generated notas (with their truth) into dest until it holds >= `pages` pages.
    Seeds are generated on demand, in parallel, and shared between corpora via gen_dir."""
    dest.mkdir(parents=True, exist_ok=True)
    total = documents = 0
    seeds: list[int] = []
    seed = FIRST_SEED
    while total < pages:
        if not (gen_dir / f"seed-{seed:04d}" / "README.md").exists():
            need = max(1, math.ceil((pages - total) / PAGES_PER_SEED_GUESS))
            todo = [s for s in range(seed, seed + need)
                    if not (gen_dir / f"seed-{s:04d}" / "README.md").exists()]
            with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(todo)))) as pool:
                list(pool.map(_generate_seed, [gen_dir] * len(todo), todo))
        seeds.append(seed)
        for truth_path, n in _seed_documents(gen_dir, seed):
            if total >= pages:
                break
            target = dest / f"seed-{seed:04d}"
            target.mkdir(exist_ok=True)
            pdf = truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))
            shutil.copy2(pdf, target / pdf.name)
            shutil.copy2(truth_path, target / truth_path.name)
            total += n
            documents += 1
        seed += 1
    return Corpus(str(dest), documents, total, seeds)


# --- measuring inside a child process ------------------------------------------------------
class PeakMemory:
    """Peak RSS of this process plus all its descendants, sampled in a thread. Forked workers
    share pages with their parent, which RSS counts in each: the sum is an upper bound."""

    def __init__(self) -> None:
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        try:
            import psutil

            self._psutil = psutil
        except ImportError:  # no sampling; getrusage figures are still reported
            self._psutil = None

    def _sample(self) -> None:
        psutil = self._psutil
        me = psutil.Process()
        try:
            procs = [me, *me.children(recursive=True)]
        except psutil.Error:
            return
        total = 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:  # a worker that just exited
                pass
        self.peak_bytes = max(self.peak_bytes, total)

    def _run(self) -> None:
        while not self._stop.wait(MEMORY_SAMPLE_SECONDS):
            self._sample()

    def __enter__(self) -> PeakMemory:
        if self._psutil:
            self._sample()
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._psutil:
            self._stop.set()
            self._thread.join()
            self._sample()

    @property
    def peak_mb(self) -> float | None:
        return self.peak_bytes / 2**20 if self._psutil else None


def _cpu_seconds() -> float:
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def measured(body: Callable[[], dict]) -> dict:
    """Run body() and add wall seconds, CPU seconds (incl. finished workers) and peak memory.
    ru_maxrss covers the whole process life (imports included), in KiB on Linux."""
    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    with PeakMemory() as mem:
        result = body()
    result["seconds"] = time.perf_counter() - t0
    result["cpu_seconds"] = _cpu_seconds() - cpu0
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result["peak_rss_main_mb"] = round(self_mb, 1)
    result["peak_rss_largest_worker_mb"] = round(child_mb, 1)
    workers = result.get("workers", 1)
    if mem.peak_mb is not None:
        # The sampler sees the measured call only; the main process may have peaked before it.
        result["peak_rss_total_mb"] = round(max(mem.peak_mb, self_mb), 1)
        result["peak_rss_total_method"] = "psutil: sum of RSS over the process tree, sampled"
    else:
        # Without psutil: main process plus every worker at the largest worker's peak.
        bound = self_mb + (child_mb * workers if workers > 1 else 0)
        result["peak_rss_total_mb"] = round(bound, 1)
        result["peak_rss_total_method"] = "getrusage bound: main + workers x largest worker"
    return result


def _pdfs(corpus: Path) -> list[Path]:
    # The order of pipeline.discover_pdfs, without importing the pipeline (and with it spaCy
    # and Presidio) into the floor's process, whose memory would then not be PyMuPDF's alone.
    return sorted(p for p in corpus.rglob("*.pdf") if p.is_file())


def _page_count(corpus: Path) -> int:
    return sum(json.loads(p.read_text(encoding="utf-8"))["pages"]
               for p in corpus.rglob("*.truth.json"))


def child_floor(corpus: Path, work: Path) -> dict:
    import pymupdf

    pdfs = _pdfs(corpus)
    out = work / "floor"

    def body() -> dict:
        pages = 0
        for pdf in pdfs:
            dest = out / pdf.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            with pymupdf.open(pdf) as doc:
                for page in doc:
                    page.get_text()
                    pages += 1
                doc.save(dest, garbage=4, deflate=True)
        return {"documents": len(pdfs), "pages": pages}

    return measured(body)


def child_batch(corpus: Path, work: Path, workers: int) -> dict:
    import logging

    from woo_pipeline.pipeline import RunOptions, run_batch

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    out = work / f"batch-w{workers}-{corpus.name}"
    pages = _page_count(corpus)

    def body() -> dict:
        result = run_batch(corpus, out, RunOptions(workers=workers))
        return {
            "workers": max(1, min(workers, len(result.documents))),  # as run_batch does
            "documents": len(result.documents),
            "pages": pages,
            "counts": result.to_dict()["counts"],
            "outputs": str(out),
            # What each document came out as: the 1- and 2-worker runs must agree.
            "per_document": [[d.source, d.status, d.redactions, d.kept]
                             for d in result.documents],
            "not_ok": [[d.source, d.status, d.message] for d in result.documents
                       if d.status != "ok"],
        }

    return measured(body)


def _truth_documents(corpus: Path) -> Iterator[tuple[str, dict, Path]]:
    from woo_pipeline.evaluate import load_truth, truth_files

    for truth_path in truth_files(corpus):
        truth = load_truth(truth_path)
        rel = truth_path.relative_to(corpus).parent / truth["document"]
        yield str(rel), truth, corpus / rel


def child_quality_pipeline(corpus: Path, outputs: Path) -> dict:
    import logging

    from woo_pipeline.config import PipelineConfig
    from woo_pipeline.decide import automatic_decisions
    from woo_pipeline.detect import build_analyzer
    from woo_pipeline.evaluate import Evaluation, score_detection, score_output
    from woo_pipeline.pipeline import analyse_file, model_info

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    config = PipelineConfig()
    t0 = time.perf_counter()
    build_analyzer(str(config.detection.model_dir))
    load_seconds = time.perf_counter() - t0
    docs = list(_truth_documents(corpus))

    def body() -> dict:
        ev = Evaluation()
        analysis = 0.0
        for label, truth, src in docs:
            t = time.perf_counter()
            opened, _document, findings = analyse_file(src, config, label)
            analysis += time.perf_counter() - t
            opened.doc.close()
            ev.documents += 1
            score_detection(ev, truth, findings, automatic_decisions(findings))
            # Leaks are counted in the PDFs the 1-worker batch actually wrote.
            out_pdf = outputs / label
            score_output(ev, truth, out_pdf if out_pdf.exists() else None, label)
        return {"evaluation": ev.to_dict(), "analysis_seconds": analysis,
                "pages": _page_count(corpus), "documents": len(docs)}

    result = measured(body)
    result["load_seconds"] = load_seconds
    result["setup"] = f"woo-pipeline automatic decisions, model {model_info(config)}"
    return result


def child_quality_baseline(corpus: Path, system: str) -> dict:
    """deduce or Presidio on the text of our parser, scored with and without dates."""
    import logging
    from collections import Counter

    import baselines

    from woo_pipeline.config import PipelineConfig
    from woo_pipeline.evaluate import Evaluation, score_detection
    from woo_pipeline.intake import open_pdf
    from woo_pipeline.parse import parse_document

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    config = PipelineConfig()
    t0 = time.perf_counter()
    if system == "deduce":
        run, mapping = baselines.load_deduce(), baselines.DEDUCE_TYPES
        setup = "deduce.Deduce().deidentify(text), default configuration"
    else:
        run, recognizers = baselines.load_presidio(Path(config.detection.model_dir))
        mapping = baselines.PRESIDIO_TYPES
        setup = ("presidio AnalyzerEngine, language nl, default predefined recognizers ("
                 + ", ".join(recognizers) + "), spaCy model: our shipped pipeline")
    load_seconds = time.perf_counter() - t0
    docs = list(_truth_documents(corpus))

    def body() -> dict:
        evs = {"with_dates": Evaluation(), "without_dates": Evaluation()}
        dropped: Counter = Counter()
        labels: Counter = Counter()
        analysis = parse = 0.0
        for label, truth, src in docs:
            t = time.perf_counter()
            opened = open_pdf(src, max_pages=config.limits.max_pages,
                              max_mb=config.limits.max_mb)
            document = parse_document(opened.doc, label)
            opened.doc.close()
            t_parsed = time.perf_counter()
            spans = run(document.text)
            analysis += time.perf_counter() - t
            parse += t_parsed - t
            labels.update(s.label for s in spans)
            for variant, ev in evs.items():
                mapped = baselines.map_spans(spans, mapping, with_dates=variant == "with_dates")
                if variant == "with_dates":
                    dropped.update(mapped.dropped)
                ev.documents += 1
                findings, decisions = baselines.as_findings(document, mapped.spans)
                score_detection(ev, truth, findings, decisions)
        return {
            "variants": {v: ev.to_dict() for v, ev in evs.items()},
            "analysis_seconds": analysis,
            "parse_seconds": parse,
            "labels_found": dict(labels.most_common()),
            "labels_dropped": dict(dropped.most_common()),
            "pages": _page_count(corpus),
            "documents": len(docs),
        }

    result = measured(body)
    result["load_seconds"] = load_seconds
    result["setup"] = setup
    result["mapping"] = mapping
    return result


def child_profile(corpus: Path, work: Path, top: int = 12) -> dict:
    """cProfile of a 1-worker batch: the functions with the most own time, and the project's
    functions with the most cumulative time."""
    import logging

    from woo_pipeline.config import PipelineConfig
    from woo_pipeline.detect import build_analyzer
    from woo_pipeline.pipeline import RunOptions, run_batch

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    build_analyzer(str(PipelineConfig().detection.model_dir))  # profile the work, not the load
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    run_batch(corpus, work / "profile", RunOptions(workers=1))
    profiler.disable()
    seconds = time.perf_counter() - t0
    stats = pstats.Stats(profiler)

    def where(func: tuple[str, int, str]) -> str:
        filename, line, name = func
        path = Path(filename)
        try:
            filename = str(path.relative_to(ROOT))
        except ValueError:
            parts = path.parts
            if "site-packages" in parts:
                filename = "/".join(parts[parts.index("site-packages") + 1:])
        return f"{filename}:{line}({name})"

    rows = []
    raw = stats.stats  # type: ignore[attr-defined]  # pstats has no public accessor
    for func, (_cc, calls, tottime, cumtime, _callers) in raw.items():
        rows.append({"function": where(func), "calls": calls, "tottime": round(tottime, 3),
                     "cumtime": round(cumtime, 3), "project": func[0].startswith(str(ROOT))})
    by_own = sorted(rows, key=lambda r: r["tottime"], reverse=True)[:top]
    project = [r for r in rows if r["project"] and "benchmarks" not in r["function"]]
    by_cum = sorted(project, key=lambda r: r["cumtime"], reverse=True)[:top]
    return {"pages": _page_count(corpus), "seconds": seconds, "by_own_time": by_own,
            "project_by_cumulative_time": by_cum}


# Pipeline stages as the pipeline calls them: (module, name of the function it calls).
STAGES = (
    ("open", "woo_pipeline.pipeline", "open_pdf"),
    ("parse", "woo_pipeline.pipeline", "parse_document"),
    ("detect", "woo_pipeline.pipeline", "detect"),
    ("redact pages", "woo_pipeline.redact", "redact_page"),
    ("sanitise", "woo_pipeline.redact", "sanitize_document"),
    ("save", "woo_pipeline.redact", "save_clean"),
    ("leak check", "woo_pipeline.redact", "find_leaks"),
)
# MuPDF calls that each run a whole page (or its content stream) once.
PAGE_RUNS = (
    ("text extraction", "pymupdf", "Page", "_get_textpage"),
    ("glyph trace", "pymupdf", "Page", "get_texttrace"),
    ("redaction filter", "pymupdf.mupdf", None, "pdf_redact_page"),
)


def child_stages(corpus: Path, work: Path) -> dict:
    """CPU time per pipeline stage of a 1-worker batch (model loaded first), and how often
    MuPDF runs each page: the floor runs it once, for its text."""
    import importlib
    import logging

    from woo_pipeline.config import PipelineConfig
    from woo_pipeline.detect import build_analyzer
    from woo_pipeline.pipeline import RunOptions, run_batch

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    build_analyzer(str(PipelineConfig().detection.model_dir))
    cpu = {name: 0.0 for name, _, _ in STAGES}
    runs = {name: 0 for name, *_ in PAGE_RUNS}

    def timed(name: str, func: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                cpu[name] += time.process_time() - start
        return wrapper

    def counted(name: str, func: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            runs[name] += 1
            return func(*args, **kwargs)
        return wrapper

    for name, module, attr in STAGES:
        mod = importlib.import_module(module)
        setattr(mod, attr, timed(name, getattr(mod, attr)))
    for name, module, cls, attr in PAGE_RUNS:
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        setattr(owner, attr, counted(name, getattr(owner, attr)))
    pages = _page_count(corpus)
    start = time.process_time()
    result = run_batch(corpus, work / "stages", RunOptions(workers=1))
    total = time.process_time() - start
    return {"pages": pages, "counts": result.to_dict()["counts"], "cpu_seconds": total,
            "stage_cpu_seconds": cpu, "other_cpu_seconds": total - sum(cpu.values()),
            "page_runs": runs}


def child_main(args: argparse.Namespace) -> int:
    corpus, work = Path(args.corpus), Path(args.work)
    if args.child == "floor":
        result = child_floor(corpus, work)
    elif args.child == "batch":
        result = child_batch(corpus, work, args.workers)
    elif args.child == "quality-pipeline":
        result = child_quality_pipeline(corpus, Path(args.outputs))
    elif args.child in ("quality-deduce", "quality-presidio"):
        result = child_quality_baseline(corpus, args.child.split("-", 1)[1])
    elif args.child == "profile":
        result = child_profile(corpus, work)
    elif args.child == "stages":
        result = child_stages(corpus, work)
    else:
        raise SystemExit(f"unknown measurement {args.child}")
    print(RESULT_MARK + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


# --- the orchestrator ----------------------------------------------------------------------
def run_child(kind: str, corpus: Path, work: Path, log, **extra) -> dict:
    """One measurement in a fresh interpreter; its stderr goes to the log."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
           "--corpus", str(corpus), "--work", str(work)]
    for key, value in extra.items():
        cmd += [f"--{key}", str(value)]
    print(f"  running {kind} {' '.join(f'{k}={v}' for k, v in extra.items())}...",
          file=sys.stderr, flush=True)
    log.write(f"\n=== {kind} {extra}\n")
    log.flush()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True)
    seconds = time.perf_counter() - t0
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(RESULT_MARK)]
    if proc.returncode != 0 or not lines:
        log.flush()
        tail = Path(log.name).read_text(encoding="utf-8")[-3000:]
        raise RuntimeError(f"measurement {kind} failed (exit {proc.returncode}):\n{tail}")
    result = json.loads(lines[-1][len(RESULT_MARK):])
    result["process_seconds"] = seconds  # interpreter start and imports included
    return result


def source_info() -> str:
    """Which code was measured: the commit, and whether the working tree differed from it."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                                capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "woo_pipeline", "models"],
                               cwd=ROOT, text=True, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return f"{ROOT} (not a git checkout)"
    changed = [line[3:] for line in dirty.splitlines()]
    return f"{ROOT} at {commit}" + (f", uncommitted changes in {', '.join(changed)}"
                                     if changed else ", clean")


def machine_info() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_mb = int(line.split()[1]) // 1024
    except OSError:
        pass
    import pymupdf

    from woo_pipeline import __version__
    from woo_pipeline.pipeline import default_workers

    return {
        "source": source_info(),
        "nproc": os.cpu_count(),
        "usable_cores": default_workers(),
        "cpu": cpu,
        "memory_mb": mem_mb,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pymupdf": pymupdf.__version__,
        "woo_pipeline": __version__,
    }


def _rate(pages: int, seconds: float) -> float:
    return pages / seconds if seconds > 0 else 0.0


def _overall(ev: dict) -> dict:
    return ev["overall"]


def summarise(r: dict) -> None:
    """Ratios and targets from the raw measurements (adds r['ratios'] and r['targets'])."""
    floor = r["throughput"]["floor"]
    batches = r["throughput"]["batches"]
    w1 = batches["1"]
    ratios: dict = {
        "pipeline_vs_floor_time": w1["seconds"] / floor["seconds"] if floor["seconds"] else None,
        "pipeline_vs_floor_cpu": (w1["cpu_seconds"] / floor["cpu_seconds"]
                                  if floor["cpu_seconds"] else None),
        "pages_per_second_per_core": w1["pages_per_second_per_core"],
        "pages_per_cpu_second": w1["pages_per_cpu_second"],
    }
    if "2" in batches:
        ratios["speedup_2_workers"] = (batches["2"]["pages_per_second"]
                                       / w1["pages_per_second"])
        ratios["same_results_1_and_2_workers"] = (batches["2"]["per_document"]
                                                  == w1["per_document"])
    q = r["quality"]
    pipe_f1 = _overall(q["pipeline"]["evaluation"])["f1"]
    for name in ("deduce", "presidio"):
        ratios[f"f1_minus_{name}"] = pipe_f1 - q[name]["best_f1"]
        ratios[f"f1_ratio_{name}"] = pipe_f1 / q[name]["best_f1"] if q[name]["best_f1"] else None
    ds = r["detection_speed"]
    for name in ("deduce", "presidio"):
        ratios[f"analysis_time_vs_{name}"] = (ds["pipeline"]["analysis_seconds"]
                                              / ds[name]["analysis_seconds"])
    r["ratios"] = ratios
    # A batch whose documents failed measured a crash, not the pipeline: say so next to the
    # numbers. (`verification_failed` is the pipeline working: its check refused an output.)
    problems = []
    for name, x in [*((f"{w} worker(s)", b) for w, b in batches.items()),
                    ("memory batch", r["memory"])]:
        bad = {k: v for k, v in x["counts"].items()
               if k not in ("ok", "verification_failed")}
        if bad:
            problems.append(f"{name}: {bad}")
    r["valid"] = not problems
    r["problems"] = problems

    mem = r["memory"]
    best = max(q["deduce"]["best_f1"], q["presidio"]["best_f1"])
    r["targets"] = {
        "pages_per_second_per_core": {
            "target": f">= {TARGETS['pages_per_second_per_core']:g} pages/s per core, end to end",
            "value": round(w1["pages_per_second_per_core"], 2),
            "met": w1["pages_per_second_per_core"] >= TARGETS["pages_per_second_per_core"],
        },
        "floor_ratio": {
            "target": f"end to end within {TARGETS['floor_ratio']:g}x the PyMuPDF floor",
            "value": round(ratios["pipeline_vs_floor_time"], 2),
            "met": ratios["pipeline_vs_floor_time"] <= TARGETS["floor_ratio"],
        },
        "memory": {
            "target": f"peak memory under 1 GB for a 1,000-page batch (measured: "
                      f"{mem['pages']} pages, {mem['workers']} workers)",
            "value": mem["peak_rss_total_mb"],
            "met": mem["peak_rss_total_mb"] < TARGETS["memory_mb_1000_pages"],
        },
        "f1_above_baselines": {
            "target": "detection F1 above both baselines on the same documents",
            "value": f"{pipe_f1:.3f} vs deduce {q['deduce']['best_f1']:.3f}, "
                     f"Presidio {q['presidio']['best_f1']:.3f}",
            "met": pipe_f1 > best,
        },
    }


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _mb(v: float | None) -> str:
    return "-" if v is None else f"{v:.0f}"


def format_report(r: dict) -> str:
    m, c = r["machine"], r["corpus"]
    out = [
        "## Machine",
        f"{m['cpu']}; nproc {m['nproc']}, usable cores {m['usable_cores']}, "
        f"RAM {m['memory_mb']} MB; Python {m['python']}, PyMuPDF {m['pymupdf']}, "
        f"woo-pipeline {m['woo_pipeline']}",
        f"load average (1, 5, 15 min) before: {r['load_before']}, after: {r['load_after']}",
        f"code: {m['source']}",
        "",
        "## Corpus",
        f"{c['documents']} notas, {c['pages']} pages, samplegen seeds "
        f"{c['seeds'][0]}-{c['seeds'][-1]} (born-digital, with ground truth)",
        "",
        "## Throughput (each in a fresh process; seconds = the measured call, peak RSS in MB)",
    ]
    rows = [["run", "pages", "seconds", "cpu s", "pages/s", "pages/s/core", "vs floor",
             "peak total", "peak main", "peak worker"]]
    floor = r["throughput"]["floor"]

    def row(name: str, x: dict, workers: int) -> list[str]:
        return [name, str(x["pages"]), f"{x['seconds']:.1f}", f"{x['cpu_seconds']:.1f}",
                f"{x['pages_per_second']:.2f}", f"{x['pages_per_second'] / workers:.2f}",
                f"{x['seconds'] / floor['seconds']:.1f}x", _mb(x["peak_rss_total_mb"]),
                _mb(x["peak_rss_main_mb"]),
                _mb(x["peak_rss_largest_worker_mb"]) if workers > 1 else "-"]

    rows.append(row("PyMuPDF floor", floor, 1))
    for w, x in sorted(r["throughput"]["batches"].items(), key=lambda kv: int(kv[0])):
        rows.append(row(f"woo-pipeline, {w} worker(s)", x, int(w)))
    out.append(_table(rows))
    for w, x in sorted(r["throughput"]["batches"].items(), key=lambda kv: int(kv[0])):
        out.append(f"{w} worker(s): statuses {x['counts']}; process incl. start-up "
                   f"{x['process_seconds']:.1f} s")
        out += [f"  {src}: {status}: {msg[:150]}" for src, status, msg in x["not_ok"][:5]]
    ds = r["detection_speed"]
    out += ["", "## Detection speed (open + parse + detect per document, model loaded first)"]
    rows = [["system", "load s", "analysis s", "pages/s", "peak RSS"]]
    for name in ("pipeline", "deduce", "presidio"):
        x = ds[name]
        rows.append([name, f"{x['load_seconds']:.1f}", f"{x['analysis_seconds']:.1f}",
                     f"{_rate(x['pages'], x['analysis_seconds']):.2f}",
                     _mb(x["peak_rss_total_mb"])])
    out.append(_table(rows))

    q = r["quality"]
    pipe = q["pipeline"]["evaluation"]
    out += ["", "## Detection quality (same documents, same matcher; P / R / F1)"]
    systems = [("woo-pipeline", pipe)] + [
        (f"{n} ({q[n]['best_variant'].replace('_', ' ')})", q[n]["variants"][q[n]["best_variant"]])
        for n in ("deduce", "presidio")]
    types = sorted({t for _, ev in systems for t in ev["per_type"]})
    truth_n = {t: s["tp"] + s["fn"] for t, s in pipe["per_type"].items()}
    rows = [["type", "truth"] + [name for name, _ in systems]]

    def prf(s: dict | None) -> str:
        if s is None:
            return "-"
        return f"{s['precision']:.2f} / {s['recall']:.2f} / {s['f1']:.2f}"

    for t in types:
        rows.append([t, str(truth_n.get(t, 0))] + [prf(ev["per_type"].get(t)) for _, ev in systems])
    rows.append(["ALL", str(sum(truth_n.values()))] + [prf(ev["overall"]) for _, ev in systems])
    out.append(_table(rows))
    for n in ("deduce", "presidio"):
        v = q[n]["variants"]
        out.append(f"{n}: F1 with dates as DATE_OF_BIRTH {v['with_dates']['overall']['f1']:.3f}, "
                   f"without dates {v['without_dates']['overall']['f1']:.3f}")
    kept = pipe["keep_items"] - pipe["lost_keep_items"]
    out.append(f"woo-pipeline output PDFs: {pipe['leaked_items']} of {pipe['redact_items']} "
               f"items leaked ({pipe['leak_rate']:.1%}); {kept} of {pipe['keep_items']} "
               f"must-stay items kept ({pipe['keep_rate']:.1%})")

    mem = r["memory"]
    out += ["", "## Memory",
            f"{mem['pages']} pages, {mem['documents']} notas, {mem['workers']} worker(s): peak "
            f"{mem['peak_rss_total_mb']:.0f} MB total ({mem['peak_rss_total_method']}); main "
            f"process {mem['peak_rss_main_mb']:.0f} MB, largest worker "
            f"{mem['peak_rss_largest_worker_mb']:.0f} MB; {mem['seconds']:.0f} s "
            f"({mem['pages_per_second']:.2f} pages/s); statuses {mem['counts']}"]
    out += [f"  {src}: {status}: {msg[:150]}" for src, status, msg in mem["not_ok"][:5]]

    st, floor_ms = r["stages"], 1000 * floor["cpu_seconds"] / floor["pages"]
    out += ["", f"## Stages (CPU ms per page, 1 worker, {st['pages']} pages, model loaded "
            "first; the floor is the whole PyMuPDF floor run)"]
    per_page = {k: 1000 * v / st["pages"] for k, v in st["stage_cpu_seconds"].items()}
    per_page["other (reports, hashing, batch)"] = 1000 * st["other_cpu_seconds"] / st["pages"]
    total_ms = 1000 * st["cpu_seconds"] / st["pages"]
    rows = [["stage", "ms/page", "share", "in floors"]]
    rows += [[k, f"{v:.1f}", f"{v / total_ms:.0%}", f"{v / floor_ms:.1f}"]
             for k, v in per_page.items()]
    rows.append(["total", f"{total_ms:.1f}", "100%", f"{total_ms / floor_ms:.1f}"])
    rows.append(["PyMuPDF floor", f"{floor_ms:.1f}", "", "1.0"])
    out.append(_table(rows))
    out.append("MuPDF runs of each page, per page: " + ", ".join(
        f"{k} {v / st['pages']:.2f}" for k, v in st["page_runs"].items())
        + " (the floor: one text extraction)")

    p = r["profile"]
    out += ["", f"## Profile (cProfile, 1 worker, {p['pages']} pages, {p['seconds']:.1f} s "
            "under the profiler)", "Most own time:"]
    rows = [["function", "calls", "own s", "cum s"]]
    rows += [[x["function"], str(x["calls"]), f"{x['tottime']:.2f}", f"{x['cumtime']:.2f}"]
             for x in p["by_own_time"]]
    out.append(_table(rows))
    out.append("Project functions by cumulative time:")
    rows = [["function", "calls", "own s", "cum s"]]
    rows += [[x["function"], str(x["calls"]), f"{x['tottime']:.2f}", f"{x['cumtime']:.2f}"]
             for x in p["project_by_cumulative_time"]]
    out.append(_table(rows))

    ra = r["ratios"]
    out += ["", "## Ratios",
            f"pipeline / floor time: {ra['pipeline_vs_floor_time']:.1f}x "
            f"(CPU time: {ra['pipeline_vs_floor_cpu']:.1f}x)",
            f"pages/s per core (1 worker, wall): {ra['pages_per_second_per_core']:.2f}; "
            f"pages per CPU second: {ra['pages_per_cpu_second']:.2f}"]
    if "speedup_2_workers" in ra:
        out.append(f"2-worker speed-up: {ra['speedup_2_workers']:.2f}x; same per-document "
                   f"results as 1 worker: {ra['same_results_1_and_2_workers']}")
    for n in ("deduce", "presidio"):
        out.append(f"F1 vs {n}: {pipe['overall']['f1']:.3f} vs {q[n]['best_f1']:.3f} "
                   f"({ra[f'f1_minus_{n}']:+.3f}); analysis time vs {n}: "
                   f"{ra[f'analysis_time_vs_{n}']:.2f}x")
    out += ["", "## Targets"]
    if not r["valid"]:
        out.append("INVALID RUN, documents failed: " + "; ".join(r["problems"]))
    for t in r["targets"].values():
        out.append(f"[{'met' if t['met'] else 'NOT MET'}] {t['target']}: {t['value']}")
    return "\n".join(out)


def run_benchmark(pages: int, memory_pages: int, profile_pages: int, workers: list[int],
                  work: Path) -> dict:
    from woo_pipeline.pipeline import default_workers

    r: dict = {"command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
               "load_before": [round(x, 2) for x in os.getloadavg()],
               "machine": machine_info()}
    jobs = default_workers()
    gen = work / "generated"
    log_path = work / "measurements.log"
    with open(log_path, "w", encoding="utf-8") as log:
        print(f"building corpora in {work}...", file=sys.stderr, flush=True)
        corpus = build_corpus(gen, work / "corpus", pages, jobs)
        memory_corpus = build_corpus(gen, work / "corpus-memory", memory_pages, jobs)
        profile_corpus = build_corpus(gen, work / "corpus-profile", profile_pages, jobs)
        r["corpus"] = asdict(corpus)
        cpath = Path(corpus.path)

        floor = run_child("floor", cpath, work, log)
        floor["pages_per_second"] = _rate(floor["pages"], floor["seconds"])
        batches = {}
        for w in workers:
            b = run_child("batch", cpath, work, log, workers=w)
            b["pages_per_second"] = _rate(b["pages"], b["seconds"])
            b["pages_per_second_per_core"] = b["pages_per_second"] / w
            b["pages_per_cpu_second"] = _rate(b["pages"], b["cpu_seconds"])
            batches[str(w)] = b
        r["throughput"] = {"floor": floor, "batches": batches}

        w1_outputs = batches[str(min(workers))]["outputs"]
        quality = {"pipeline": run_child("quality-pipeline", cpath, work, log,
                                         outputs=w1_outputs)}
        for name in ("deduce", "presidio"):
            x = run_child(f"quality-{name}", cpath, work, log)
            best = max(x["variants"], key=lambda v: x["variants"][v]["overall"]["f1"])
            x["best_variant"], x["best_f1"] = best, x["variants"][best]["overall"]["f1"]
            quality[name] = x
        r["quality"] = quality
        r["detection_speed"] = {
            name: {k: quality[name][k] for k in ("load_seconds", "analysis_seconds", "pages",
                                                  "peak_rss_total_mb", "setup")}
            for name in quality
        }

        mem = run_child("batch", Path(memory_corpus.path), work, log, workers=jobs)
        mem["pages_per_second"] = _rate(mem["pages"], mem["seconds"])
        mem.pop("per_document")
        r["memory"] = mem

        r["stages"] = run_child("stages", cpath, work, log)
        r["profile"] = run_child("profile", Path(profile_corpus.path), work, log)
    for b in r["throughput"]["batches"].values():
        b.pop("outputs", None)
    r["load_after"] = [round(x, 2) for x in os.getloadavg()]
    summarise(r)
    return r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300,
                        help="pages in the main corpus (default: %(default)s)")
    parser.add_argument("--memory-pages", type=int, default=1000,
                        help="pages in the memory batch (default: %(default)s)")
    parser.add_argument("--profile-pages", type=int, default=60,
                        help="pages profiled with cProfile (default: %(default)s)")
    parser.add_argument("--workers", default="1,2",
                        help="worker counts to time, comma-separated (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="write every measurement to this JSON file")
    parser.add_argument("--workdir", type=Path,
                        help="keep the corpora, outputs and log here (default: a temp dir)")
    # Internal: one measurement in a fresh process.
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--outputs", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        args.workers = int(args.workers) if args.child == "batch" else 1
        return child_main(args)

    workers = sorted({int(w) for w in args.workers.split(",")})
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = run_benchmark(args.pages, args.memory_pages, args.profile_pages, workers,
                               args.workdir.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="woo-bench-") as tmp:
            result = run_benchmark(args.pages, args.memory_pages, args.profile_pages, workers,
                                   Path(tmp))
    print(format_report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
