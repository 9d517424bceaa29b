// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/communicationmarks.h"

#include "common/timeaxisticks.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using Milestone = CommunicationLane::Milestone;

namespace {
QString timeText(TimeMs t, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone), CommunicationMarks::tr("d MMM HH:mm")) + u' '
        + TimeAxisTicks::zoneAbbreviation(zone, t);
}

// A shape per milestone, so they are told apart without colour: circle, square, triangle,
// diamond, and a bar for the end.
QPainterPath shape(Milestone m, qreal x, qreal y, qreal u)
{
    const qreal r = 0.3 * u;
    QPainterPath p;
    switch (m) {
    case Milestone::FirstEvidence:
        p.addEllipse(QPointF(x, y), r, r);
        break;
    case Milestone::Acknowledged:
        p.addRect(QRectF(x - r * 0.85, y - r * 0.85, 1.7 * r, 1.7 * r));
        break;
    case Milestone::FirstPublicUpdate:
        p.addPolygon(QPolygonF({QPointF(x, y - r * 1.1), QPointF(x + r * 1.1, y + r * 0.8),
            QPointF(x - r * 1.1, y + r * 0.8), QPointF(x, y - r * 1.1)}));
        break;
    case Milestone::RegulatorNotified:
        p.addPolygon(QPolygonF({QPointF(x, y - r * 1.2), QPointF(x + r, y), QPointF(x, y + r * 1.2), QPointF(x - r, y),
            QPointF(x, y - r * 1.2)}));
        break;
    case Milestone::Resolved:
        p.addRect(QRectF(x - r * 0.3, y - r * 1.2, r * 0.6, r * 2.4));
        break;
    }
    return p;
}
} // namespace

QList<CommunicationMarks::Mark> CommunicationMarks::marks(const CommunicationLane &lane)
{
    QList<Mark> out;
    for (Milestone m : CommunicationLane::milestones())
        if (const std::optional<TimeMs> t = lane.at(m))
            out.append({m, *t, {}});
    return out;
}

QString CommunicationMarks::laneName()
{
    return tr("Communication");
}

QString CommunicationMarks::shortName(Milestone milestone)
{
    switch (milestone) {
    case Milestone::FirstEvidence:
        return tr("evidence");
    case Milestone::Acknowledged:
        return tr("acknowledged");
    case Milestone::FirstPublicUpdate:
        return tr("public");
    case Milestone::RegulatorNotified:
        return tr("regulator");
    case Milestone::Resolved:
        return tr("resolved");
    }
    return {};
}

void CommunicationMarks::layout(QList<Mark> &marks, const QRectF &strip, const std::function<qreal(TimeMs)> &x, qreal u)
{
    for (Mark &m : marks)
        m.hit = QRectF(x(m.at) - 0.45 * u, strip.top(), 0.9 * u, strip.height());
}

void CommunicationMarks::draw(QPainter &painter, const QRectF &strip, const std::function<qreal(TimeMs)> &x,
    QList<Mark> &marks, const Theme &theme, qreal u)
{
    layout(marks, strip, x, u);
    painter.save();
    const QFontMetricsF fm(painter.font(), painter.device());
    const qreal mid = strip.center().y();
    // A faint line joins the known milestones: the stretch people waited.
    if (marks.size() > 1) {
        painter.setPen(QPen(theme.mutedText, u / 12));
        painter.drawLine(QPointF(x(marks.first().at), mid), QPointF(x(marks.last().at), mid));
    }
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const qreal at = x(marks[i].at);
        painter.setPen(QPen(theme.panel, u / 16));
        painter.setBrush(theme.text);
        painter.drawPath(shape(marks[i].milestone, at, mid, u));
        const QString label = shortName(marks[i].milestone);
        const qreal w = fm.horizontalAdvance(label);
        const qreal next = i + 1 < marks.size() ? x(marks[i + 1].at) : strip.right() + 0.5 * u;
        if (at + 0.5 * u + w < next - 0.5 * u && at + 0.5 * u + w <= strip.right() + 0.5 * u) {
            // On the panel's colour, so the joining line never runs through the word.
            const qreal h = fm.height();
            painter.fillRect(QRectF(at + 0.4 * u, mid - h / 2, w + 0.2 * u, h), theme.panel);
            painter.setPen(theme.mutedText);
            painter.drawText(QRectF(at + 0.45 * u, strip.top(), w + 0.1 * u, strip.height()),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, label);
        }
    }
    painter.restore();
}

QString CommunicationMarks::text(const Mark &mark, const CommunicationLane &lane, const QTimeZone &zone)
{
    QString out = tr("%1: %2").arg(CommunicationLane::displayName(mark.milestone), timeText(mark.at, zone));
    if (const std::optional<qint64> lag = lane.lagSecondsBefore(mark.milestone)) {
        const QList<Milestone> all = CommunicationLane::milestones();
        const Milestone before = all.value(all.indexOf(mark.milestone) - 1);
        out += u'\n'
            + (*lag >= 0 ? tr("%1 after %2") : tr("%1 before %2"))
                  .arg(Timestamps::formatDuration(qAbs(*lag)), CommunicationLane::displayName(before).toLower());
    }
    if (mark.milestone == Milestone::FirstEvidence) {
        const QString what = lane.evidence == CommunicationLane::Evidence::UserReports ? tr("user reports rose")
            : lane.evidence == CommunicationLane::Evidence::State                      ? tr("a state below operational")
                                                                                       : tr("a sample below 99.9 %");
        out += u'\n' + tr("%1 (%2)").arg(what, lane.evidenceServiceName);
        if (lane.evidenceDerived)
            out += u'\n' + tr("derived: a reconstruction, not a measurement");
    }
    if (mark.milestone == Milestone::FirstPublicUpdate && !lane.publicUpdateSource.isEmpty())
        out += u'\n' + tr("Source: %1").arg(lane.publicUpdateSource);
    if (mark.milestone == Milestone::RegulatorNotified)
        out += u'\n' + tr("Marked by a reviewer (Notes menu); delete the note to undo.");
    return out;
}

QString CommunicationMarks::reportsLaneName(const QString &serviceName)
{
    return tr("%1 user reports (measured)").arg(serviceName);
}

void CommunicationMarks::drawReports(QPainter &painter, const QRectF &lane, const std::function<qreal(TimeMs)> &x,
    const QList<UserReportCount> &counts, const UserReportBaseline &baseline, TimeMs from, TimeMs to,
    const Theme &theme, qreal u)
{
    qint64 top = qMax<qint64>(1, qRound64(baseline.baseline));
    QList<const UserReportCount *> shown;
    for (const UserReportCount &c : counts)
        if (c.service == baseline.service && c.time >= from && c.time <= to) {
            shown.append(&c);
            top = qMax(top, c.count);
        }
    painter.save();
    painter.setClipRect(lane);
    QColor back = theme.grid;
    back.setAlpha(60);
    painter.fillRect(lane, back);
    const auto yOf = [&](double v) { return lane.bottom() - lane.height() * 0.9 * v / double(top); };
    // Bars as wide as the gap to the next count, at most 1.2 u: an export's interval.
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const qreal l = x(shown[i]->time);
        const qreal r = i + 1 < shown.size() ? qMin(x(shown[i + 1]->time), l + 1.2 * u) : l + 0.4 * u;
        const QRectF bar(
            QPointF(l, yOf(double(shown[i]->count))), QPointF(qMax(r - u / 16, l + u / 10), lane.bottom()));
        painter.fillRect(bar, theme.accent);
        if (baseline.firstRiseAt == shown[i]->time) {
            painter.setPen(QPen(theme.text, u / 10));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar);
        }
    }
    if (baseline.basis != UserReportBaseline::Basis::None) {
        painter.setPen(QPen(theme.text, u / 14, Qt::DashLine));
        painter.drawLine(QPointF(lane.left(), yOf(baseline.baseline)), QPointF(lane.right(), yOf(baseline.baseline)));
    }
    painter.restore();
}

QString CommunicationMarks::reportsText(
    const UserReportCount &count, const UserReportBaseline &baseline, const QString &serviceName, const QTimeZone &zone)
{
    QString out = tr("%1: %2 user reports at %3 (measured)")
                      .arg(serviceName, QLocale().toString(count.count), timeText(count.time, zone));
    out += u'\n'
        + (baseline.basis == UserReportBaseline::Basis::BeforeStart
                ? tr("Usual level %1: the median of %2 counts before the incident began")
                : tr("Usual level %1: the median of %2 counts in the first 6 hours of the export"))
              .arg(QLocale().toString(baseline.baseline, 'g', 4))
              .arg(baseline.baselineCounts);
    if (baseline.firstRiseAt)
        out += u'\n'
            + tr("First rise (at least 3× the usual level and 10 more): %1").arg(timeText(*baseline.firstRiseAt, zone));
    return out;
}
