"""Learning from incidents: counts by type, severity, weekday × hour, month and quarter, strategies and
early signs, all as SQL aggregates; and the 'plan should be reviewed' signal (issue: patterns)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import msgspec
from sqlalchemy import (
    JSON,
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    delete,
    extract,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer as IntegerType

from tryghed_desktop.domain.incidents import (
    INCIDENT_TYPE_TITLES,
    LOCAL_ZONE,
    SEVERITIES,
    IncidentType,
    local_midnight,
    local_time,
)
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import DailyRhythm, Level, PlanKind, content_from_dict
from tryghed_desktop.services import audit
from tryghed_desktop.services.actors import Action, Actor, require
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.residents import get_resident, get_unit, scope_name
from tryghed_desktop.services.review_signals import ReviewSignal, plans_needing_review
from tryghed_desktop.store.models import (
    Incident,
    IncidentStatsBucket,
    IncidentStatsHour,
    IncidentStatsSign,
    IncidentStatsStrategy,
    PlanDocument,
    PlanVersion,
    Resident,
)

if TYPE_CHECKING:
    from tryghed_desktop.services.action_plan import MeasureView

    # services.incidents imports this module (to keep the summaries), so it is imported lazily here.
    from tryghed_desktop.services.incidents import IncidentRecord

WEEKDAYS = ("Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn")
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
TOP_SIGNS = 10

K = TypeVar("K")
# Called between the aggregate queries with (steps done, steps in all); raising from it cancels.
Progress = Callable[[int, int], None]


class StatsFilter(msgspec.Struct, frozen=True):
    """Which incidents to count: a unit and/or a resident, a period of local dates (both ends included)
    and optionally some incident types only."""

    unit_id: int | None
    resident_id: int | None
    start: date
    end: date
    types: frozenset[IncidentType] | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ServiceError("Perioden slutter, før den begynder. Byt om på datoerne.")


class PeriodCount(msgspec.Struct, frozen=True):
    """One month or quarter of the period, beside the same stretch of the previous period."""

    label: str
    count: int
    previous_label: str
    previous: int


class StrategyStat(msgspec.Struct, frozen=True):
    """How a strategy from a resident's plan went. `tries` counts only uses with a recorded outcome."""

    resident_id: int | None
    card_name: str
    text: str
    helped: int
    not_helped: int
    unknown: int

    @property
    def tries(self) -> int:
        return self.helped + self.not_helped

    @property
    def revisit(self) -> bool:
        """Flag for the meeting: tried with a known outcome at least twice, and it helped in at most a
        quarter of those ('hjalp 1 af 4 gange'). Uses marked 'usikker' count neither way."""
        return self.tries >= 2 and 4 * self.helped <= self.tries

    @property
    def summary(self) -> str:
        return f"hjalp {self.helped} af {self.tries} gange"


class SignStat(msgspec.Struct, frozen=True):
    resident_id: int | None
    card_name: str
    text: str
    count: int


class RhythmSlot(msgspec.Struct, frozen=True):
    """A slot of the resident's current daily rhythm, to draw incidents on the resident's own day."""

    start: time
    end: time
    label: str
    level: Level


class Statistics(msgspec.Struct, frozen=True):
    """Everything the statistics screen, the CLI and the meeting pack show for one filter."""

    filter: StatsFilter
    zone: str
    total: int
    previous_total: int
    previous_start: date
    previous_end: date
    by_type: dict[str, int]
    by_severity: dict[int, int]
    # hour_weekday[hour][weekday]: local hour 0–23, weekday 0 = Monday … 6 = Sunday.
    hour_weekday: tuple[tuple[int, ...], ...]
    months: tuple[PeriodCount, ...]
    quarters: tuple[PeriodCount, ...]
    by_slot: tuple[tuple[str, int], ...]
    strategies: tuple[StrategyStat, ...]
    signs: tuple[SignStat, ...]
    rhythm: tuple[RhythmSlot, ...] = ()

    @property
    def by_hour(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.hour_weekday)

    @property
    def by_weekday(self) -> tuple[int, ...]:
        return tuple(sum(row[day] for row in self.hour_weekday) for day in range(7))

    @property
    def strategies_to_revisit(self) -> tuple[StrategyStat, ...]:
        return tuple(item for item in self.strategies if item.revisit)


# --- local time -----------------------------------------------------------------------------------


@cache
def offset_segments(zone: str, start: datetime, end: datetime) -> tuple[tuple[datetime, int], ...]:
    """(from UTC instant, UTC offset in minutes) for each stretch of [start, end) with one offset.

    Walks the range a week at a time and bisects each change to the minute: zones change their offset
    at most a few times a year, never twice within a week (true of Europe/Copenhagen and every
    European zone), so this finds every DST change with ~25 zoneinfo calls per change."""
    tz = ZoneInfo(zone)

    def offset(moment: datetime) -> int:
        delta = moment.astimezone(tz).utcoffset()
        assert delta is not None
        return int(delta.total_seconds() // 60)

    segments = [(start, offset(start))]
    step = timedelta(days=7)
    left = start
    while left < end:
        right = min(left + step, end)
        if offset(right) != segments[-1][1]:
            low, high = left, right  # offset(low) is the old one, offset(high) the new one
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    middle = low + timedelta(minutes=1)
                if offset(middle) == segments[-1][1]:
                    low = middle
                else:
                    high = middle
            segments.append((high, offset(high)))
        left = right
    return tuple(segments)


def _bucket(column: Any, bounds: Sequence[datetime], keys: Sequence[K | None]) -> ColumnElement[Any]:
    """A balanced nested CASE giving keys[i] for bounds[i] <= column < bounds[i + 1]: log2(n) plain
    comparisons a row instead of parsing the timestamp. Rows outside [bounds[0], bounds[-1]) must be
    filtered out by the caller."""
    assert len(bounds) == len(keys) + 1

    def build(low: int, high: int) -> ColumnElement[Any]:
        if high - low == 1:
            return literal(keys[low])
        middle = (low + high) // 2
        return case((column < bounds[middle], build(low, middle)), else_=build(middle, high))

    return build(0, len(keys))


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later or earlier, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def _month_starts(start: date, end: date) -> list[date]:
    months = []
    current = date(start.year, start.month, 1)
    while current <= end:
        months.append(current)
        current = add_months(current, 1)
    return months


def month_label(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def quarter_label(day: date) -> str:
    return f"K{(day.month - 1) // 3 + 1} {day.year}"


# --- periods the screen offers --------------------------------------------------------------------


def last_quarter(today: date) -> tuple[date, date]:
    """The last whole calendar quarter before today."""
    first_of_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return add_months(first_of_this, -3), first_of_this - timedelta(days=1)


def last_twelve_months(today: date) -> tuple[date, date]:
    """The twelve whole calendar months before the current one."""
    first_of_this = date(today.year, today.month, 1)
    return add_months(first_of_this, -12), first_of_this - timedelta(days=1)


# --- the aggregates -------------------------------------------------------------------------------


def _conditions(
    stats_filter: StatsFilter, start: datetime, end: datetime, *, with_types: bool = True
) -> list[ColumnElement[bool]]:
    return _range_conditions(stats_filter, [(start, end)], with_types=with_types)


def _range_conditions(
    stats_filter: StatsFilter, ranges: Sequence[tuple[datetime, datetime]], *, with_types: bool = True
) -> list[ColumnElement[bool]]:
    """Incidents of the filter in any of the UTC ranges [start, end). With several ranges each OR term
    repeats the unit or resident, so SQLite searches the (unit_id, occurred_at) index once a range."""
    owner: list[ColumnElement[bool]] = []
    if stats_filter.unit_id is not None:
        owner.append(Incident.unit_id == stats_filter.unit_id)
    if stats_filter.resident_id is not None:
        owner.append(Incident.resident_id == stats_filter.resident_id)
    terms = [and_(*owner, Incident.occurred_at >= start, Incident.occurred_at < end) for start, end in ranges]
    conditions: list[ColumnElement[bool]] = [terms[0] if len(terms) == 1 else or_(*terms)]
    if with_types and stats_filter.types is not None:
        conditions.append(Incident.incident_type.in_(sorted(t.value for t in stats_filter.types)))
    return conditions


def _hour_weekday(
    session: Session, conditions: list[ColumnElement[bool]], zone: str, start: datetime, end: datetime
) -> tuple[tuple[int, ...], ...]:
    """Local hour × weekday counts.

    PostgreSQL converts each row with `AT TIME ZONE`. SQLite has no time zone database, and its
    'localtime' modifier uses the process zone, so there the query groups by UTC weekday, UTC hour and
    the zone's UTC offset, which a nested CASE finds from the DST change instants (computed here with
    zoneinfo for the filter's range). Shifting those ≤ 24 × 7 × 2 groups to local time is a tiny
    exact post-step, as offsets in whole hours move a (weekday, hour) cell as a whole."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        local = func.timezone(zone, Incident.occurred_at)
        weekday: ColumnElement[Any] = cast(extract("dow", local), IntegerType)
        hour: ColumnElement[Any] = cast(extract("hour", local), IntegerType)
        offset: ColumnElement[Any] = literal(0)
    else:
        # SQLite keeps UTCDateTime as 'YYYY-MM-DD HH:MM:SS.ffffff': the hour is characters 12–13.
        weekday = cast(func.strftime("%w", Incident.occurred_at), IntegerType)
        hour = cast(func.substr(Incident.occurred_at, 12, 2), IntegerType)
        segments = offset_segments(zone, start, end)
        offset = _bucket(
            Incident.occurred_at,
            [moment for moment, _ in segments] + [end],
            [minutes for _, minutes in segments],
        )
    rows = session.execute(
        select(weekday, hour, offset, func.count()).where(*conditions).group_by(weekday, hour, offset)
    ).all()
    matrix = [[0] * 7 for _ in range(24)]
    for sunday_first, utc_hour, minutes, count in rows:
        if minutes % 60:
            raise ValueError(f"{zone} has an offset that is not whole hours")
        days, local_hour = divmod(int(utc_hour) + int(minutes) // 60, 24)
        matrix[local_hour][(int(sunday_first) - 1 + days) % 7] += count
    return tuple(tuple(row) for row in matrix)


_Interval = tuple[date, date, int]


class _Trend(msgspec.Struct, frozen=True):
    """The period cut at month starts, and the previous period cut the same way (edges: the first
    day of each stretch, then the day after the last)."""

    months: list[date]
    edges: list[date]
    previous_edges: list[date]
    intervals: list[_Interval]


def _trend_intervals(stats_filter: StatsFilter) -> _Trend:
    """The stretches of days to count: key i for the period's i-th month, -(i + 1) for its match in the
    previous period.

    The previous period ends the day before the period starts. A period of whole months is compared
    with as many whole months before it (a quarter with the quarter before, 12 months with the 12
    before), month by month; any other period with as many days before it, each stretch moved back
    by that many days, so both sides always count the same number of days."""
    months = _month_starts(stats_filter.start, stats_filter.end)
    edges = [stats_filter.start, *months[1:], stats_filter.end + timedelta(days=1)]
    if _is_whole_months(edges[0], edges[-1]):
        previous_edges = [add_months(day, -len(months)) for day in edges]
    else:
        length = edges[-1] - edges[0]
        previous_edges = [day - length for day in edges]
    intervals: list[_Interval] = [
        (previous_edges[i], previous_edges[i + 1], -(i + 1)) for i in range(len(months))
    ] + [(edges[i], edges[i + 1], i) for i in range(len(months))]
    return _Trend(months, edges, previous_edges, intervals)


def _is_whole_months(low: date, high: date) -> bool:
    return low.day == 1 and high.day == 1


def stretch_label(low: date, high: date) -> str:
    """A stretch of days (high: the day after the last) as the trend names it: "K3 2026" for a calendar
    quarter, "jul 2026" or "aug–okt 2025" for whole months, otherwise its dates."""
    last = high - timedelta(days=1)
    if _is_whole_months(low, high):
        if high == add_months(low, 1):
            return month_label(low)
        if high == add_months(low, 3) and low.month % 3 == 1:
            return quarter_label(low)
        first = MONTHS[low.month - 1] if low.year == last.year else month_label(low)
        return f"{first}–{month_label(last)}"
    if low.year == last.year:
        return f"{low:%d.%m.}–{last:%d.%m.%Y}"
    return f"{low:%d.%m.%Y}–{last:%d.%m.%Y}"


def _is_whole_month(low: date, high: date) -> bool:
    return low.day == 1 and high == add_months(low, 1)


def _trend(
    session: Session, stats_filter: StatsFilter, zone: str, *, summaries: bool
) -> tuple[tuple[PeriodCount, ...], tuple[PeriodCount, ...], int, int, date, date]:
    """Counts per local month of the period and of the previous period (as `_trend_intervals` cuts
    them: whole months moved back by as many months, other periods by as many days). Whole months
    are summed from the monthly summary (with `summaries`); the other stretches are one query on the
    incidents, bucketed by the UTC instants of local day starts."""
    trend = _trend_intervals(stats_filter)
    months, edges, previous_edges = trend.months, trend.edges, trend.previous_edges
    intervals = trend.intervals
    counts: dict[int, int] = {}
    whole = {low: key for low, high, key in intervals if summaries and _is_whole_month(low, high)}
    partial = [item for item in intervals if item[0] not in whole]
    if whole:
        rows = session.execute(
            select(IncidentStatsBucket.month, func.sum(IncidentStatsBucket.count))
            .where(*_summary_conditions(IncidentStatsBucket, stats_filter, months=sorted(whole)))
            .group_by(IncidentStatsBucket.month)
        ).all()
        counts.update((whole[month], int(count)) for month, count in rows)
    if partial:
        bounds: list[datetime] = []
        keys: list[int | None] = []
        for low, high, key in partial:
            if bounds and bounds[-1] < local_midnight(low, zone):
                keys.append(None)  # the days between two stretches (not read: see the ranges below)
                bounds.append(local_midnight(low, zone))
            elif not bounds:
                bounds.append(local_midnight(low, zone))
            keys.append(key)
            bounds.append(local_midnight(high, zone))
        bucket = _bucket(Incident.occurred_at, bounds, keys)
        ranges: list[tuple[datetime, datetime]] = []
        for low, high, _key in partial:
            if ranges and ranges[-1][1] == local_midnight(low, zone):
                ranges[-1] = (ranges[-1][0], local_midnight(high, zone))
            else:
                ranges.append((local_midnight(low, zone), local_midnight(high, zone)))
        grouped = session.execute(
            select(bucket, func.count()).where(*_range_conditions(stats_filter, ranges)).group_by(bucket)
        ).all()
        counts.update((key, count) for key, count in grouped if key is not None)
    month_rows = tuple(
        PeriodCount(
            stretch_label(edges[i], edges[i + 1]),
            counts.get(i, 0),
            stretch_label(previous_edges[i], previous_edges[i + 1]),
            counts.get(-(i + 1), 0),
        )
        for i in range(len(months))
    )
    # Only the calendar quarters the period covers whole: a part of one is not the quarter.
    quarter_rows = tuple(
        PeriodCount(
            quarter_label(months[i]),
            sum(row.count for row in month_rows[i : i + 3]),
            stretch_label(previous_edges[i], previous_edges[i + 3]),
            sum(row.previous for row in month_rows[i : i + 3]),
        )
        for i in range(len(months) - 2)
        if months[i].month % 3 == 1 and edges[i] == months[i] and edges[i + 3] == add_months(months[i], 3)
    )
    total = sum(row.count for row in month_rows)
    previous_total = sum(row.previous for row in month_rows)
    previous_end = previous_edges[-1] - timedelta(days=1)
    return month_rows, quarter_rows, total, previous_total, previous_edges[0], previous_end


def _grouped_items(
    session: Session, column: Any, conditions: list[ColumnElement[bool]], *, as_text: bool = False
) -> tuple[Any, Any]:
    """(grouped subquery, its unpacked JSON items): the arrays are grouped by their text first, so the
    JSON parser runs once per distinct array (a few hundred a unit) instead of once per incident. The
    items are unpacked inside the database: json_each on SQLite, json_array_elements on PostgreSQL."""
    postgres = session.get_bind().dialect.name == "postgresql"
    key = cast(column, String) if postgres else column  # PostgreSQL cannot GROUP BY a json value
    grouped = (
        select(Incident.resident_id.label("rid"), key.label("items"), func.count().label("n"))
        .where(*conditions)
        .group_by(Incident.resident_id, key)
        .subquery("grouped")
    )
    if postgres:
        unpack = func.json_array_elements_text if as_text else func.json_array_elements
        items = unpack(cast(grouped.c["items"], JSON)).table_valued("value").alias("item")
    else:
        items = func.json_each(grouped.c["items"]).table_valued("value").alias("item")
    return grouped, items


def _strategy_rows(session: Session, conditions: list[ColumnElement[bool]]) -> list[tuple[Any, ...]]:
    grouped, items = _grouped_items(session, Incident.strategies, conditions)
    if session.get_bind().dialect.name == "postgresql":
        text: ColumnElement[Any] = items.c.value.op("->>")("text")
        helped: ColumnElement[Any] = case(
            (items.c.value.op("->>")("helped") == "true", 1),
            (items.c.value.op("->>")("helped") == "false", 0),
        )
    else:
        text = func.json_extract(items.c.value, "$.text")
        helped = func.json_extract(items.c.value, "$.helped")
    query = (
        select(grouped.c.rid, text, helped, cast(func.sum(grouped.c.n), Integer))
        .select_from(grouped)
        .join(items, true())
        .group_by(grouped.c.rid, text, helped)
    )
    return [tuple(row) for row in session.execute(query)]


def _sign_rows(session: Session, conditions: list[ColumnElement[bool]]) -> list[tuple[Any, ...]]:
    grouped, items = _grouped_items(session, Incident.signs_seen, conditions, as_text=True)
    value: ColumnElement[Any] = items.c.value
    query = (
        select(grouped.c.rid, value, cast(func.sum(grouped.c.n), Integer))
        .select_from(grouped)
        .join(items, true())
        .group_by(grouped.c.rid, value)
    )
    return [tuple(row) for row in session.execute(query)]


# --- monthly summaries ----------------------------------------------------------------------------
# The incident_stats_* tables hold counts per unit, resident, local month (LOCAL_ZONE) and type, one
# table per figure. Statistics take a period's whole months from them and only the days of a partial
# first or last month from the incidents: a unit's ten years are ~4,000 + 28,000 + 13,000 + 22,000
# summary rows read in index order instead of five passes over 115,000 incidents.

_SummaryModel = (
    type[IncidentStatsBucket]
    | type[IncidentStatsHour]
    | type[IncidentStatsSign]
    | type[IncidentStatsStrategy]
)
_KindKey = tuple[int, int | None, date, str, int, str]
_HourKey = tuple[int, int | None, date, str, int, int]
_SignKey = tuple[int, int | None, date, str, str | None]
_StrategyKey = tuple[int, int | None, date, str, str | None, bool | None]
SUMMARY_CHUNK = 5_000


class IncidentBuckets:
    """Summary counts gathered in memory: for one incident (record/forget), a rebuild, or the
    generator's bulk insert. Keys mirror the SQL over the incidents exactly: the local month, weekday
    and hour in LOCAL_ZONE; each sign and each strategy use of an incident's lists counted once."""

    def __init__(self) -> None:
        self.kinds: Counter[_KindKey] = Counter()
        self.hours: Counter[_HourKey] = Counter()
        self.signs: Counter[_SignKey] = Counter()
        self.strategies: Counter[_StrategyKey] = Counter()
        self._zone = ZoneInfo(LOCAL_ZONE)

    def add(  # noqa: PLR0917 - the facts of one incident, named as on Incident
        self,
        unit_id: int,
        resident_id: int | None,
        occurred_at: datetime,
        incident_type: str,
        severity: int,
        slot_label: str | None,
        signs_seen: Sequence[Any] | None,
        strategies: Sequence[Any] | None,
        delta: int = 1,
    ) -> None:
        if occurred_at.tzinfo is None:
            occurred_at = occurred_at.replace(tzinfo=UTC)  # the store keeps UTC
        local = occurred_at.astimezone(self._zone)
        month = date(local.year, local.month, 1)
        owner = (unit_id, resident_id, month, incident_type)
        self.kinds[(*owner, severity, slot_label or "")] += delta
        self.hours[(*owner, local.weekday(), local.hour)] += delta
        for sign in signs_seen or ():
            self.signs[(*owner, sign if sign is None else str(sign))] += delta
        for use in strategies or ():
            text = use.get("text") if isinstance(use, dict) else None
            helped = use.get("helped") if isinstance(use, dict) else None
            self.strategies[(*owner, text, helped if isinstance(helped, bool) else None)] += delta

    def add_incident(self, incident: Incident, delta: int = 1) -> None:
        self.add(
            incident.unit_id,
            incident.resident_id,
            incident.occurred_at,
            incident.incident_type,
            incident.severity,
            incident.slot_label,
            incident.signs_seen,
            incident.strategies,
            delta,
        )

    def _tables(self) -> list[tuple[_SummaryModel, tuple[str, ...], Counter[Any]]]:
        owner = ("unit_id", "resident_id", "month", "incident_type")
        return [
            (IncidentStatsBucket, (*owner, "severity", "slot_label"), self.kinds),
            (IncidentStatsHour, (*owner, "weekday", "hour"), self.hours),
            (IncidentStatsSign, (*owner, "sign"), self.signs),
            (IncidentStatsStrategy, (*owner, "text", "helped"), self.strategies),
        ]

    def insert(self, session: Session) -> int:
        """Insert the counts as new rows (bulk; rows with a key already there are fine, as every
        figure sums). Returns how many rows were written."""
        written = 0
        for model, names, counts in self._tables():
            rows = [{**dict(zip(names, key, strict=True)), "count": n} for key, n in counts.items() if n]
            for start in range(0, len(rows), SUMMARY_CHUNK):
                session.execute(insert(model), rows[start : start + SUMMARY_CHUNK])
            written += len(rows)
        return written

    def apply(self, session: Session) -> None:
        """Add the (positive or negative) counts to one existing row of each key, or insert one."""
        for model, names, counts in self._tables():
            for key, n in counts.items():
                if not n:
                    continue
                match = [getattr(model, name) == value for name, value in zip(names, key, strict=True)]
                row_id = session.scalar(
                    select(model.id).where(*match, model.count + n >= 0).order_by(model.id).limit(1)
                )
                if row_id is None:
                    if n < 0:
                        raise ValueError(f"{model.__tablename__} has no count to take {key} from")
                    session.execute(insert(model).values(**dict(zip(names, key, strict=True)), count=n))
                    continue
                session.execute(update(model).where(model.id == row_id).values(count=model.count + n))
                if n < 0:
                    session.execute(delete(model).where(model.id == row_id, model.count <= 0))


def record_incident_bucket(session: Session, incident: Incident) -> None:
    """Count a new (or just changed) incident in the statistics summaries, in the caller's transaction.
    Call it after the incident's unit, resident, time, type, severity, slot, signs and strategies are set."""
    buckets = IncidentBuckets()
    buckets.add_incident(incident)
    buckets.apply(session)


def forget_incident_bucket(session: Session, incident: Incident) -> None:
    """Take an incident out of the statistics summaries: call it with the incident as it still is,
    before changing any of the fields record_incident_bucket reads (then record it again), or before
    deleting it."""
    buckets = IncidentBuckets()
    buckets.add_incident(incident, delta=-1)
    buckets.apply(session)


def rebuild_incident_buckets(session: Session, unit_id: int | None = None) -> int:
    """Recompute the summaries from the incidents (all, or one unit's); returns the rows written."""
    models: tuple[_SummaryModel, ...] = (
        IncidentStatsBucket,
        IncidentStatsHour,
        IncidentStatsSign,
        IncidentStatsStrategy,
    )
    for model in models:
        session.execute(delete(model).where(true() if unit_id is None else model.unit_id == unit_id))
    units = (
        [unit_id]
        if unit_id is not None
        else list(session.scalars(select(Incident.unit_id).distinct().order_by(Incident.unit_id)))
    )
    written = 0
    for unit in units:  # one unit at a time keeps the counters small
        buckets = IncidentBuckets()
        rows = session.execute(
            select(
                Incident.unit_id,
                Incident.resident_id,
                Incident.occurred_at,
                Incident.incident_type,
                Incident.severity,
                Incident.slot_label,
                Incident.signs_seen,
                Incident.strategies,
            )
            .where(Incident.unit_id == unit)
            .execution_options(yield_per=SUMMARY_CHUNK)
        )
        for row in rows:
            buckets.add(*row)
        written += buckets.insert(session)
    return written


def _summary_conditions(
    model: _SummaryModel,
    stats_filter: StatsFilter,
    *,
    start: date | None = None,
    end: date | None = None,
    months: Sequence[date] | None = None,
    with_types: bool = True,
) -> list[ColumnElement[bool]]:
    """Summary rows of the filter for the months [start, end) or the listed months."""
    conditions: list[ColumnElement[bool]] = []
    if stats_filter.unit_id is not None:
        conditions.append(model.unit_id == stats_filter.unit_id)
    if stats_filter.resident_id is not None:
        conditions.append(model.resident_id == stats_filter.resident_id)
    if start is not None:
        conditions.append(model.month >= start)
    if end is not None:
        conditions.append(model.month < end)
    if months is not None:
        conditions.append(model.month.in_(months))
    if with_types and stats_filter.types is not None:
        conditions.append(model.incident_type.in_(sorted(t.value for t in stats_filter.types)))
    return conditions


def _summaries_agree(session: Session, stats_filter: StatsFilter, start: date, end: date, zone: str) -> bool:
    """Whether the summaries count as many incidents of the unit/resident in the months [start, end) as
    the incidents table does: two index-only counts. A path that added or removed incidents without
    record_incident_bucket/forget_incident_bucket makes the statistics read the incidents instead."""
    summarised = session.scalar(
        select(func.coalesce(func.sum(IncidentStatsBucket.count), 0)).where(
            *_summary_conditions(IncidentStatsBucket, stats_filter, start=start, end=end, with_types=False)
        )
    )
    counted = session.scalar(
        select(func.count()).where(
            *_conditions(
                stats_filter, local_midnight(start, zone), local_midnight(end, zone), with_types=False
            )
        )
    )
    return int(summarised or 0) == int(counted or 0)


def _summary_rows(
    session: Session, stats_filter: StatsFilter, start: date, end: date
) -> dict[str, list[Any]]:
    """The figures' grouped rows over the whole months [start, end), shaped like the incident queries'."""
    kinds = session.execute(
        select(
            IncidentStatsBucket.incident_type,
            IncidentStatsBucket.severity,
            IncidentStatsBucket.slot_label,
            func.sum(IncidentStatsBucket.count),
        )
        .where(*_summary_conditions(IncidentStatsBucket, stats_filter, start=start, end=end))
        .group_by(
            IncidentStatsBucket.incident_type, IncidentStatsBucket.severity, IncidentStatsBucket.slot_label
        )
    ).all()
    hours = session.execute(
        select(IncidentStatsHour.weekday, IncidentStatsHour.hour, func.sum(IncidentStatsHour.count))
        .where(*_summary_conditions(IncidentStatsHour, stats_filter, start=start, end=end))
        .group_by(IncidentStatsHour.weekday, IncidentStatsHour.hour)
    ).all()
    strategies = session.execute(
        select(
            IncidentStatsStrategy.resident_id,
            IncidentStatsStrategy.text,
            IncidentStatsStrategy.helped,
            func.sum(IncidentStatsStrategy.count),
        )
        .where(*_summary_conditions(IncidentStatsStrategy, stats_filter, start=start, end=end))
        .group_by(IncidentStatsStrategy.resident_id, IncidentStatsStrategy.text, IncidentStatsStrategy.helped)
    ).all()
    signs = session.execute(
        select(IncidentStatsSign.resident_id, IncidentStatsSign.sign, func.sum(IncidentStatsSign.count))
        .where(*_summary_conditions(IncidentStatsSign, stats_filter, start=start, end=end))
        .group_by(IncidentStatsSign.resident_id, IncidentStatsSign.sign)
    ).all()
    return {
        "kinds": [(kind, severity, slot, int(n)) for kind, severity, slot, n in kinds],
        "hours": [(weekday, hour, int(n)) for weekday, hour, n in hours],
        "strategies": [(rid, text, helped, int(n)) for rid, text, helped, n in strategies],
        "signs": [(rid, sign, int(n)) for rid, sign, n in signs],
    }


def _split_period(stats_filter: StatsFilter) -> tuple[tuple[date, date] | None, list[tuple[date, date]]]:
    """(the whole local months [first, end) inside the period or None, the other days as [start, end)
    local date ranges: at most a partial first and a partial last month)."""
    start, after = stats_filter.start, stats_filter.end + timedelta(days=1)
    first = start if start.day == 1 else add_months(date(start.year, start.month, 1), 1)
    last = date(after.year, after.month, 1)
    if first >= last:
        return None, [(start, after)]
    return (first, last), [(low, high) for low, high in ((start, first), (last, after)) if low < high]


def _card_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return dict(session.execute(select(Resident.id, Resident.card_name).where(Resident.id.in_(wanted))).all())


def _current_content(session: Session, resident_id: int, kind: PlanKind) -> dict[str, Any] | None:
    return session.scalars(
        select(PlanVersion.content)
        .join(PlanDocument, PlanVersion.document_id == PlanDocument.id)
        .where(
            PlanDocument.resident_id == resident_id,
            PlanDocument.kind == kind,
            PlanVersion.status == VersionStatus.APPROVED,
        )
    ).first()


def _rhythm(session: Session, resident_id: int) -> tuple[RhythmSlot, ...]:
    content = _current_content(session, resident_id, PlanKind.DAILY_RHYTHM)
    if content is None:
        return ()
    rhythm = content_from_dict(PlanKind.DAILY_RHYTHM, content)
    assert isinstance(rhythm, DailyRhythm)
    return tuple(RhythmSlot(slot.start, slot.end, slot.label, slot.level) for slot in rhythm.slots)


def _sources(
    session: Session, stats_filter: StatsFilter, zone: str, *, summaries: bool
) -> tuple[bool, tuple[date, date] | None, list[tuple[date, date]]]:
    """(whether the summaries are used, the whole months they give, the local date ranges the incidents
    give). The summaries must agree with the incidents over every month they answer for: the period's
    whole months and the trend's whole months (which include the previous period's)."""
    whole, partial = _split_period(stats_filter)
    if summaries and zone == LOCAL_ZONE:
        intervals = _trend_intervals(stats_filter).intervals
        firsts = [low for low, high, _key in intervals if _is_whole_month(low, high)]
        lows = [*firsts, *([whole[0]] if whole else [])]
        highs = [*(add_months(low, 1) for low in firsts), *([whole[1]] if whole else [])]
        if lows and _summaries_agree(session, stats_filter, min(lows), max(highs), zone):
            return True, whole, partial
    return False, None, [(stats_filter.start, stats_filter.end + timedelta(days=1))]


STEPS = 6


def unit_statistics(
    session: Session,
    stats_filter: StatsFilter,
    *,
    zone: str = LOCAL_ZONE,
    progress: Progress | None = None,
    summaries: bool = True,
) -> Statistics:
    """The statistics for a unit and/or resident over a period, in local (Danish) time.

    Every figure is a GROUP BY in the database. The period's whole local months are summed from the
    monthly summaries (incident_stats_*), read in index order; the days of a partial first or last
    month are grouped from the incidents over their (unit_id, occurred_at) or (resident_id,
    occurred_at) index ranges. The incidents alone are read when `summaries` is off, for another zone
    than LOCAL_ZONE (the summaries' months are Danish), or when the summaries do not count as many
    incidents as the table holds (a path that skipped record_incident_bucket). Python only reshapes
    the grouped rows."""
    if stats_filter.unit_id is not None:
        get_unit(session, stats_filter.unit_id)
    if stats_filter.resident_id is not None:
        get_resident(session, stats_filter.resident_id)
    report = progress or (lambda _done, _all: None)
    start = local_midnight(stats_filter.start, zone)
    end = local_midnight(stats_filter.end + timedelta(days=1), zone)

    report(0, STEPS)
    use_summaries, whole, partial = _sources(session, stats_filter, zone, summaries=summaries)
    summary: dict[str, list[Any]] = (
        _summary_rows(session, stats_filter, *whole)
        if whole is not None
        else {"kinds": [], "hours": [], "strategies": [], "signs": []}
    )
    conditions = (
        _range_conditions(
            stats_filter, [(local_midnight(low, zone), local_midnight(high, zone)) for low, high in partial]
        )
        if partial
        else None
    )

    rows = list(summary["kinds"])
    if conditions is not None:
        rows += session.execute(
            select(Incident.incident_type, Incident.severity, Incident.slot_label, func.count())
            .where(*conditions)
            .group_by(Incident.incident_type, Incident.severity, Incident.slot_label)
        ).all()
    by_type = {kind.value: 0 for kind in IncidentType}
    by_severity = dict.fromkeys(SEVERITIES, 0)
    by_slot: dict[str, int] = {}
    for kind, severity, slot, count in rows:
        by_type[kind] = by_type.get(kind, 0) + count
        by_severity[severity] = by_severity.get(severity, 0) + count
        by_slot[slot or ""] = by_slot.get(slot or "", 0) + count
    report(1, STEPS)
    cells = [[0] * 7 for _ in range(24)]
    for weekday, hour, count in summary["hours"]:
        cells[int(hour)][int(weekday)] += count
    if conditions is not None:
        for hour, row in enumerate(_hour_weekday(session, conditions, zone, start, end)):
            for weekday, count in enumerate(row):
                cells[hour][weekday] += count
    matrix = tuple(tuple(row) for row in cells)
    report(2, STEPS)
    months, quarters, total, previous_total, previous_start, previous_end = _trend(
        session, stats_filter, zone, summaries=use_summaries
    )
    report(3, STEPS)
    strategy_rows = list(summary["strategies"])
    if conditions is not None:
        strategy_rows += _strategy_rows(session, conditions)
    report(4, STEPS)
    sign_counts: dict[tuple[int | None, str], int] = {}
    for rid, text, count in [*summary["signs"], *(_sign_rows(session, conditions) if conditions else [])]:
        sign_counts[(rid, text)] = sign_counts.get((rid, text), 0) + count
    sign_rows = [(rid, text, count) for (rid, text), count in sign_counts.items()]
    report(5, STEPS)
    names = _card_names(session, [row[0] for row in strategy_rows] + [row[0] for row in sign_rows])

    outcomes: dict[tuple[int | None, str], list[int]] = {}
    for resident_id, text, helped, count in strategy_rows:
        counts = outcomes.setdefault((resident_id, text), [0, 0, 0])
        counts[0 if helped == 1 else 1 if helped == 0 else 2] += count
    strategies = sorted(
        (
            StrategyStat(rid, names.get(rid, "") if rid else "", text, *counts)
            for (rid, text), counts in outcomes.items()
        ),
        key=lambda s: (not s.revisit, -(s.tries + s.unknown), s.card_name, s.text, s.resident_id or 0),
    )
    signs = sorted(
        (SignStat(rid, names.get(rid, "") if rid else "", text, count) for rid, text, count in sign_rows),
        key=lambda s: (-s.count, s.card_name, s.text, s.resident_id or 0),
    )[:TOP_SIGNS]
    rhythm = _rhythm(session, stats_filter.resident_id) if stats_filter.resident_id is not None else ()
    report(STEPS, STEPS)
    return Statistics(
        filter=stats_filter,
        zone=zone,
        total=total,
        previous_total=previous_total,
        previous_start=previous_start,
        previous_end=previous_end,
        by_type=by_type,
        by_severity=by_severity,
        hour_weekday=matrix,
        months=months,
        quarters=quarters,
        by_slot=tuple(sorted(by_slot.items(), key=lambda item: (-item[1], item[0]))),
        strategies=tuple(strategies),
        signs=tuple(signs),
        rhythm=rhythm,
    )


# --- export for the CLI ---------------------------------------------------------------------------


def statistics_dict(stats: Statistics) -> dict[str, Any]:
    """The statistics as JSON-ready data (dates as ISO strings)."""
    data: dict[str, Any] = msgspec.to_builtins(stats, builtin_types=(date, datetime, time))
    data["filter"]["types"] = sorted(stats.filter.types) if stats.filter.types is not None else None
    data["hour_weekday"] = [list(row) for row in stats.hour_weekday]
    data["strategies"] = [
        {**msgspec.structs.asdict(item), "tries": item.tries, "revisit": item.revisit}
        for item in stats.strategies
    ]
    data["by_slot"] = [{"label": label, "count": count} for label, count in stats.by_slot]
    data["rhythm"] = [
        {
            "start": s.start.strftime("%H:%M"),
            "end": s.end.strftime("%H:%M"),
            "label": s.label,
            "level": s.level,
        }
        for s in stats.rhythm
    ]
    return _jsonable(data)  # type: ignore[no-any-return]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def statistics_csv(stats: Statistics) -> str:
    """The statistics as one long CSV table: section, key, detail, count (for spreadsheets)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["afsnit", "nøgle", "detalje", "antal"])
    writer.writerow(["i alt", "periode", f"{stats.filter.start}–{stats.filter.end}", stats.total])
    writer.writerow(
        ["i alt", "forrige periode", f"{stats.previous_start}–{stats.previous_end}", stats.previous_total]
    )
    for kind, count in stats.by_type.items():
        writer.writerow(["type", INCIDENT_TYPE_TITLES[IncidentType(kind)], "", count])
    for severity, count in stats.by_severity.items():
        writer.writerow(["alvor", severity, "", count])
    for hour, row in enumerate(stats.hour_weekday):
        for day, count in enumerate(row):
            writer.writerow(["ugedag×time", WEEKDAYS[day], f"{hour:02d}", count])
    for item in stats.months:
        writer.writerow(["måned", item.label, f"forrige: {item.previous_label} {item.previous}", item.count])
    for item in stats.quarters:
        writer.writerow(
            ["kvartal", item.label, f"forrige: {item.previous_label} {item.previous}", item.count]
        )
    for label, count in stats.by_slot:
        writer.writerow(["døgnrytme", label or "(ukendt)", "", count])
    for strategy in stats.strategies:
        # Whose plan it is: the same words can stand in two residents' plans (as the signs' rows say).
        whose = f"{strategy.card_name}: " if strategy.card_name else ""
        detail = f"{whose}{strategy.summary}; usikker {strategy.unknown}" + (
            "; SE PÅ DEN" if strategy.revisit else ""
        )
        writer.writerow(["strategi", strategy.text, detail, strategy.tries + strategy.unknown])
    for sign in stats.signs:
        writer.writerow(["tidligt tegn", sign.text, sign.card_name, sign.count])
    return buffer.getvalue()


# --- the meeting pack's input ---------------------------------------------------------------------


class MeetingPackInput(msgspec.Struct, frozen=True):
    """Everything the meeting pack prints for a unit and period."""

    unit_name: str
    statistics: Statistics
    review_signals: tuple[ReviewSignal, ...]
    follow_ups: tuple[IncidentRecord, ...]
    measures: tuple[MeasureView, ...] = ()


def meeting_pack_input(
    session: Session,
    actor: Actor,
    unit_id: int | None,
    start: date,
    end: date,
    *,
    show_card_names: bool = False,
) -> MeetingPackInput:
    """Statistics, plans to review and open follow-ups of a unit, or of the whole facility for the
    work-environment group (unit_id None); recorded in the audit log as an export.

    Anonymised for anyone; with card names only for those who may export personal data."""
    if show_card_names:
        require(actor, Action.EXPORT)
    name = scope_name(session, unit_id)
    stats = unit_statistics(session, StatsFilter(unit_id, None, start, end))
    signals = tuple(plans_needing_review(session, unit_id))
    from tryghed_desktop.services.incidents import open_follow_ups  # lazily: incidents imports us

    follow_ups = tuple(open_follow_ups(session, unit_id=unit_id))
    from tryghed_desktop.services.action_plan import list_measures

    # The action plan as it stands today, of the measures that were open at some time in the period.
    measures = tuple(
        m
        for m in list_measures(session, unit_id=unit_id)
        if local_time(m.created_at).date() <= end and (m.done_on is None or m.done_on >= start)
    )
    audit.record(
        session,
        actor,
        "statistics.meeting_pack",
        target=name,
        detail={
            "unit_id": unit_id,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "names": show_card_names,
        },
    )
    return MeetingPackInput(name, stats, signals, follow_ups, measures)
