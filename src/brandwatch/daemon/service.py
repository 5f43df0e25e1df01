"""The daemon: opens everything once, runs the jobs on the scheduler, stops cleanly on request."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import replace
from datetime import datetime
from typing import Callable

from sqlalchemy import Engine

from brandwatch.config import Settings
from brandwatch.daemon import scheduler as jobs_schedule
from brandwatch.daemon.alerts import raise_lookback_alerts
from brandwatch.daemon.analysis import AnalysisWorker, BatchReport
from brandwatch.daemon.analysis_pool import AnalysisPool, workers_for
from brandwatch.daemon.engine import make_analyzer, open_analysis_inputs
from brandwatch.daemon.instance import InstanceRecord, reclaim_dead_instances
from brandwatch.daemon.leader import leadership_for
from brandwatch.secret_masker import MASKER
from brandwatch.daemon.rulebook import Rulebook, RulesState
from brandwatch.daemon.signals import SHUTDOWN_GRACE_SECONDS, Requests
from brandwatch.model.clock import system_clock
from brandwatch.store.db import session_factory, transaction

# After an overrun grace the last bookkeeping (stopping the trainer, the instance row) gets this long:
# the row's UPDATE may wait on the very database that held the jobs up, and the daemon promises to
# exit within 10 s of SIGTERM (SHUTDOWN_GRACE_SECONDS of that went to the jobs).
FINISH_AFTER_OVERRUN_S = 1.5

log = logging.getLogger("brandwatch.daemon")


class Daemon(jobs_schedule.WorkerJobs):
    def __init__(self, settings: Settings, engine: Engine, *, connections: dict | None = None,
                 clock: Callable[[], datetime] = system_clock, requests: Requests | None = None):
        from brandwatch.daemon.collection import Collection

        self.settings, self.engine, self.clock = settings, engine, clock
        self.requests = requests or Requests()
        self.factory = session_factory(engine)
        self.leadership = leadership_for(engine)  # SQLite: refuses a second instance here
        self.inputs = open_analysis_inputs(settings)
        self.training = self._background_training()
        self.instance = InstanceRecord(self.factory, clock)
        self.console_url: str | None = None  # set by `run` when this process serves the review console
        self.rulebook = Rulebook(settings, clock, on_change=self._rules_changed)
        MASKER.use_rules(self.rulebook.rule_set)
        self._analyzer = make_analyzer(settings, self.inputs, self.rulebook.rule_set)
        self.analysis = AnalysisWorker(self.factory, settings, lambda: self._analyzer,
                                       clock, backend_name=self.inputs.backend_description,
                                       stop=self.requests.stop,
                                       pool=AnalysisPool(settings.daemon.analysis_workers)
                                       if workers_for(settings.daemon.analysis_workers) > 1 else None)
        self.collection = Collection(engine, settings, self.inputs.roster, self.requests.stop, connections)
        self.outbox = self._outbox_worker()
        self.scheduler = None
        self.leading = False

    def _outbox_worker(self):
        from brandwatch.review.channels import batch_policies, build_notifiers
        from brandwatch.review.outbox import OutboxWorker, hook_from_environment

        return OutboxWorker(self.factory, build_notifiers(self.settings.channels), clock=self.clock,
                            max_attempts=self.settings.review.max_attempts, hook=hook_from_environment(),
                            holder=self.instance.instance_id, policies=batch_policies(self.settings.channels))

    @property
    def role(self) -> str:
        return self.leadership.role_when_leading if self.leading else "worker"

    # -- jobs -------------------------------------------------------------------------------------

    def _background_training(self):
        from brandwatch.daemon.autotrain import BackgroundTraining, training_possible, wanted
        from brandwatch.sentiment.select import local_model_dir

        if not wanted(self.settings, self.inputs.fallback_notice is not None):
            return None
        missing = training_possible(self.settings)
        if missing:
            log.warning("cannot train a sentiment model in the background: %s", missing)
            return None
        training = BackgroundTraining.for_settings(self.settings, local_model_dir(self.settings))
        self.inputs = replace(self.inputs, fallback_notice=training.notice)
        return training

    def check_training(self) -> bool:
        """Switch to the background-trained model once it is ready; True when the switch happened."""
        if self.training is None or not self.training.poll():
            return False
        from brandwatch.errors import ModelUnavailable
        from brandwatch.sentiment.select import open_backend

        try:
            backend, notice = open_backend(self.settings)
        except ModelUnavailable as exc:
            log.error("the background-trained model could not be opened: %s; staying on vader", exc)
            return False
        if notice:
            log.error("background training finished but no model was found; staying on vader (%s)", notice)
            return False
        self.inputs = replace(self.inputs, sentiment=backend, fallback_notice=None)
        self._analyzer = make_analyzer(self.settings, self.inputs, self.rulebook.rule_set)
        self.analysis.backend_name = self.inputs.backend_description
        self.instance.sentiment_changed(self.inputs.backend_description, None)
        log.info("switched the sentiment backend to %s without a restart", self.inputs.backend_description)
        return True

    def analyse(self) -> BatchReport:
        self.check_training()
        report = self.analysis.drain()
        if report.analysed or report.failed:
            log.info("analysed %d mentions (%d failed), %d new findings", report.analysed, report.failed,
                     report.findings, extra={"analysed": report.analysed, "findings": report.findings})
        return report

    def deliver(self) -> None:
        if not self.requests.stop.is_set():
            self.outbox.deliver_due()

    def sla(self) -> None:
        from brandwatch.review.sla import escalate_overdue

        from brandwatch.review.reply_flow import remind_check_backs

        escalated = escalate_overdue(self.factory, self.settings, self.clock)
        if escalated:
            log.warning("escalated %d findings past their SLA", len(escalated))
        reminded = remind_check_backs(self.factory, self.settings, self.clock)
        if reminded:
            log.info("queued %d check-back reminders for resolved complaints", len(reminded))
        self.assign()
        self.audit_checkpoint()  # the leader's periodic sweep also seals the chain heads
        with transaction(self.factory) as session:
            raise_lookback_alerts(session, self.settings, self.clock())
        self.fold_counters()

    def fold_counters(self) -> None:
        """Compact the console's counter tables (store/finding_counters.py): every triage appends rows there,
        and the dashboard and queue sum them; the leader's sweep keeps them to about one row per key."""
        from brandwatch.store.finding_counters import fold

        with transaction(self.factory) as session:
            removed = fold(session.connection())
        if removed:
            log.debug("folded %d counter rows", removed)

    def spikes(self) -> None:
        """Volume and sentiment spike alerts over the latest buckets (review/spikes.py)."""
        from brandwatch.review.spikes import detect_spikes

        with transaction(self.factory) as session:
            started = detect_spikes(session, self.settings, self.clock())
        if started:
            log.warning("%d spike episodes started: %s", len(started), ", ".join(e.series for e in started))

    def assign(self) -> None:
        """Assignment rules and the escalation of findings nobody picked up (review/assignment.py)."""
        from brandwatch.review.assignment import assign_waiting, escalate_unassigned

        assigned = assign_waiting(self.factory, self.settings, self.clock)
        if assigned:
            log.info("assigned %d findings by the assignment rules", len(assigned))
        stale = escalate_unassigned(self.factory, self.settings, self.clock)
        if stale:
            log.warning("escalated %d findings nobody was assigned", len(stale))

    def retention(self) -> None:
        from brandwatch.daemon.retention import expire_mentions, expire_rejected_items

        with transaction(self.factory) as session:
            dropped = expire_rejected_items(session, self.settings.retention_days, self.clock())
        if dropped:
            log.info("retention: raw payload of %d rejected items dropped", dropped)

        while not self.requests.stop.is_set():
            with transaction(self.factory) as session:
                expired = expire_mentions(session, self.settings.retention_days,
                                          self.inputs.fingerprint_key, self.clock())
            if expired:
                log.info("retention: %d mentions tombstoned", expired)
            if expired < 500:
                break

    def digest(self) -> None:
        from brandwatch.daemon.digest import send_weekly_digest

        send_weekly_digest(self.factory, self.settings, self.clock())

    def heartbeat(self) -> None:
        leading = self.leadership.try_lead()
        if leading != self.leading:
            self.leading = leading
            log.info("this instance %s", "now leads: scheduling collection" if leading else "no longer leads")
            if self.scheduler is not None:
                self._schedule_leader_jobs(leading)
        self.instance.heartbeat(self.role)

    def watch_rules(self) -> None:
        if self.requests.reload.is_set():
            self.requests.reload.clear()
            self.rulebook.reload("SIGHUP")
        else:
            self.rulebook.reload_if_changed()

    def _rules_changed(self, state: RulesState) -> None:
        if state.error is None:
            MASKER.use_rules(state.rule_set)
            self._record_rule_versions(state.rule_set)
            self._analyzer = make_analyzer(self.settings, self.inputs, state.rule_set)
        self.instance.rules_changed(state)

    # -- lifecycle --------------------------------------------------------------------------------

    def _record_rule_versions(self, rule_set) -> None:
        from brandwatch.review.rule_versions import record_rule_versions

        with transaction(self.factory) as session:
            record_rule_versions(session, rule_set.rules, self.clock())

    def audit_checkpoint(self) -> None:
        """Seal every chain head that moved (review/audit_chain.py); also written to the log."""
        from brandwatch.review.audit_chain import checkpoint_now
        from brandwatch.review.audit_key import audit_key

        checkpoint_now(self.factory, audit_key(self.settings), self.clock(), f"daemon {self.instance.instance_id}")

    def _start(self) -> None:
        self._record_rule_versions(self.rulebook.rule_set)
        dead = reclaim_dead_instances(self.factory, self.clock(), self.settings.daemon.stale_after,
                                      sqlite_single=self.engine.dialect.name == "sqlite")
        if dead:
            log.info("instances found dead at start: %s (their notification leases are given back)", ", ".join(dead))
        self.leading = self.leadership.try_lead()
        self.instance.register(self.role, self.inputs.backend_description, self.inputs.fallback_notice,
                               self.rulebook.state, self.console_url)
        log.info("brandwatch daemon started (pid %d, %s, %d rules, sentiment: %s)", os.getpid(), self.role,
                 len(self.rulebook.rule_set), self.inputs.backend_description)

    def start_training(self) -> None:
        """Start background training if it is wanted (long-running daemons only, never `run_once`)."""
        if self.training is not None and self.training.process is None:
            self.training.start()
            self.instance.sentiment_changed(self.inputs.backend_description, self.training.notice)

    def run_once(self) -> list[str]:
        """One cycle of every job, in pipeline order, then exit: for tests and cron-style use.

        Returns what failed (a source retrying, failing or disabled), the same that makes
        `collect --once` exit 1; empty when everything ran."""
        self._start()
        failures: list[str] = []
        try:
            if self.leading:
                for name in self.collection.configured:
                    report = self.collection.run(name)
                    if report is not None and report.failed:
                        failures.append(f"source {name}: {report.outcome}: {report.message}")
            self.analyse()
            self.deliver()
            if self.leading:
                self.sla()
                self.spikes()
                self.retention()
            self.instance.heartbeat(self.role)
        finally:
            self._finish()
        return failures

    def run_forever(self) -> int:
        self._start()
        self.start_training()
        self.scheduler = jobs_schedule.make_scheduler(self.settings)
        jobs_schedule.add_worker_jobs(self.scheduler, self.settings, self)
        self._schedule_leader_jobs(self.leading)
        self.scheduler.start()
        try:
            while not self.requests.stop.wait(0.5):
                if self.requests.reload.is_set():
                    self.watch_rules()
        finally:
            self._shutdown()
        return 0

    def _schedule_leader_jobs(self, leading: bool) -> None:
        if leading:
            for configured in self.collection.configured.values():
                jobs_schedule.add_source_job(self.scheduler, configured.source, self.collection.run)
            jobs_schedule.add_leader_jobs(self.scheduler, self.settings, self)
            return
        for job in self.scheduler.get_jobs():
            if job.id.startswith("collect:") or job.id in jobs_schedule.LEADER_JOB_IDS:
                job.remove()

    def _shutdown(self) -> None:
        self.requests.stop.set()
        stopper = threading.Thread(target=lambda: self.scheduler.shutdown(wait=True), daemon=True)
        stopper.start()
        stopper.join(SHUTDOWN_GRACE_SECONDS)
        if stopper.is_alive():
            log.error("jobs still running after %.0f s; exiting anyway (their open transactions roll back)",
                      SHUTDOWN_GRACE_SECONDS)
            try:
                if self.analysis.pool is not None:
                    # A job may be waiting on a stuck worker: kill the workers rather than wait for them.
                    self.analysis.pool.abandon()
                finisher = threading.Thread(target=self._finish, kwargs={"training_grace": 0.5}, daemon=True)
                finisher.start()
                finisher.join(FINISH_AFTER_OVERRUN_S)
            except Exception:
                log.exception("stopping after the overrun failed; exiting anyway")
            finally:
                logging.shutdown()
                os._exit(0)
        self._finish()

    def _finish(self, training_grace: float = 10.0) -> None:
        if self.training is not None:
            # a killed run leaves no partial model; the next start trains again
            self.training.stop(grace=training_grace)
        if self.analysis.pool is not None:
            self.analysis.pool.close()
        try:
            self.instance.stopped()
        finally:
            self.leadership.release()
        log.info("brandwatch daemon stopped")
