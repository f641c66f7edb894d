"""The strip's date axis: labels of days, weeks, months or years, the finest that keep apart."""

import datetime
import itertools

WIDTH = 960
LABEL_WIDTH = 96
RIGHT_MARGIN = 16
PLOT_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_MARGIN
#: A generous width of one character of a 12px axis label, and the least room between two.
LABEL_CHAR_WIDTH = 7
LABEL_GAP = 12


def _every(days):
    def starts(first, last):
        return [first + datetime.timedelta(days=n) for n in range(0, (last - first).days, days)]

    return starts


def _mondays(weeks):
    def starts(first, last):
        monday = first + datetime.timedelta(days=-first.weekday() % 7)
        return _every(7 * weeks)(monday, last)

    return starts


def _months(months):
    def starts(first, last):
        count = (last.year - first.year) * 12 + last.month - first.month + 1
        firsts = (
            datetime.date(
                first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1
            )
            for n in range(count)
        )
        return [day for day in firsts if first <= day < last and (day.month - 1) % months == 0]

    return starts


def _years(years):
    def starts(first, last):
        days = (datetime.date(year, 1, 1) for year in range(first.year, last.year + 1))
        return [day for day in days if first <= day < last and day.year % years == 0]

    return starts


#: Axis scales, finest first: (days between labels at least, first days, what a label says).
SCALES = [
    (1, _every(1), "day"),
    (2, _every(2), "day"),
    (7, _mondays(1), "day"),
    (14, _mondays(2), "day"),
    (28, _months(1), "month"),
    (59, _months(2), "month"),
    (90, _months(3), "month"),
    *((365 * n, _years(n), "year") for n in (1, 2, 5, 10, 20, 50, 100)),
]


def axis_ticks(first_day, last_day, x_of):
    """Date labels for the axis: days, weeks, months or years, the finest whose labels keep
    apart (the year is said once, and again where it changes)."""
    per_day = PLOT_WIDTH / (last_day - first_day).days
    for days, starts, unit in SCALES:
        if days * per_day < 3 * LABEL_CHAR_WIDTH + LABEL_GAP and unit != "year":
            continue  # too close for even the shortest labels
        ticks, year = [], None
        for day in starts(first_day, last_day):
            if unit == "year":
                label = f"{day:%Y}"
            else:
                label = f"{day.day} {day:%b}" if unit == "day" else f"{day:%b}"
                label += f" {day:%Y}" if day.year != year else ""
            year = day.year
            x, half = x_of(day), len(label) * LABEL_CHAR_WIDTH / 2
            if x + half <= WIDTH:
                ticks.append((round(x, 1), label))
        if _apart(ticks):
            return ticks
    return ticks


def _apart(ticks):
    return len(ticks) > 1 and all(
        right[0] - left[0] >= (len(left[1]) + len(right[1])) * LABEL_CHAR_WIDTH / 2 + LABEL_GAP
        for left, right in itertools.pairwise(ticks)
    )
