// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartreadout.h"

#include "common/timeaxisticks.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

struct ChartReadout::Metrics {
    qreal pad = 0, line = 0, swatch = 0, gap = 0, name = 0, value = 0;
    QSizeF size;
};

QString ChartReadout::Reading::text() const
{
    QStringList lines {time};
    for (const Row &row : rows)
        lines.append(row.name + u": " + row.value);
    return lines.join(u'\n');
}

ChartReadout::Reading ChartReadout::at(
    const IncidentAnalysis &analysis, const Theme &theme, const QList<bool> &hidden, TimeMs t, TimeMs end, bool seconds)
{
    const QLocale locale;
    const QTimeZone zone = analysis.timeZone();
    Reading reading;
    reading.time = locale.toString(QDateTime::fromMSecsSinceEpoch(t, zone),
                       seconds ? tr("d MMM yyyy HH:mm:ss") : tr("d MMM yyyy HH:mm"))
        + u' ' + TimeAxisTicks::zoneAbbreviation(zone, t);
    const QList<ServiceImpact> &services = analysis.result().services;
    for (qsizetype i = 0; i < services.size(); ++i) {
        if (hidden.value(i, false))
            continue;
        const ServiceImpact &s = services.at(i);
        Row row {analysis.services().value(i).name, theme.seriesColour(int(i)), {}};
        if (t > end) {
            row.value = tr("not known yet");
        } else {
            const ImpactPoint p = s.at(t);
            // Without a user count the line is flat at zero and says nothing: the share does.
            row.value = s.users
                ? locale.toString(qRound64(p.affected()))
                : tr("%1 % of users (count unknown)").arg(locale.toString((1 - p.effectiveAvailability) * 100, 'f', 0));
            if (s.users && (p.rangeBelow > 0 || p.rangeAbove > 0))
                row.value = tr("%1 (derived, %2–%3)")
                                .arg(row.value, locale.toString(qRound64(p.affectedLow())),
                                    locale.toString(qRound64(p.affectedHigh())));
            else if (s.derived)
                row.value = tr("%1 (derived)").arg(row.value);
        }
        reading.rows.append(row);
    }
    return reading;
}

ChartReadout::Metrics ChartReadout::measure(const Reading &reading, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font), bm(bold);
    Metrics m;
    m.line = fm.lineSpacing();
    m.pad = 0.45 * fm.height();
    m.swatch = 1.1 * fm.height();
    m.gap = 0.5 * fm.height();
    for (const Row &row : reading.rows) {
        m.name = qMax(m.name, fm.horizontalAdvance(row.name));
        m.value = qMax(m.value, fm.horizontalAdvance(row.value));
    }
    const qreal width = qMax(bm.horizontalAdvance(reading.time), m.swatch + m.gap + m.name + 2 * m.gap + m.value);
    m.size = QSizeF(std::ceil(width + 2 * m.pad), std::ceil((1 + reading.rows.size()) * m.line + 2 * m.pad));
    return m;
}

QRectF ChartReadout::place(const Reading &reading, const QFont &font, qreal x, const QRectF &plot, const QRectF &bounds)
{
    const QSizeF size = measure(reading, font).size;
    const qreal offset = QFontMetricsF(font).height();
    // Right of the line; left of it where the box would leave the plot on the right.
    qreal left = x + offset;
    if (left + size.width() > plot.right() && x - offset - size.width() >= bounds.left())
        left = x - offset - size.width();
    left = qBound(bounds.left(), left, qMax(bounds.left(), bounds.right() - size.width()));
    const qreal top = qBound(bounds.top(), plot.top() + offset, qMax(bounds.top(), bounds.bottom() - size.height()));
    return QRectF(QPointF(std::floor(left), std::floor(top)), size);
}

void ChartReadout::paint(
    QPainter &painter, const QRectF &box, const Reading &reading, const Theme &theme, const QFont &font)
{
    const Metrics m = measure(reading, font);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = theme.panel;
    fill.setAlpha(240); // the lines under it stay faintly visible, the text reads
    painter.setPen(QPen(theme.grid, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFont bold = font;
    bold.setBold(true);
    const QRectF inner = box.adjusted(m.pad, m.pad, -m.pad, -m.pad);
    painter.setFont(bold);
    painter.setPen(theme.text);
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), m.line), Qt::AlignLeft | Qt::AlignVCenter, reading.time);
    painter.setFont(font);
    qreal y = inner.top() + m.line;
    for (const Row &row : reading.rows) {
        const QRectF line(inner.left(), y, inner.width(), m.line);
        painter.setPen(QPen(row.colour, qMax<qreal>(2, m.line / 6), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(line.left(), line.center().y()), QPointF(line.left() + m.swatch, line.center().y()));
        painter.setPen(theme.text);
        painter.drawText(line.adjusted(m.swatch + m.gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, row.name);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, row.value);
        y += m.line;
    }
    painter.restore();
}
