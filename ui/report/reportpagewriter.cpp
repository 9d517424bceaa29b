// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportpagewriter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <utility>

ReportStyle ReportStyle::create(const QStringList &families)
{
    ReportStyle s;
    const auto font = [&](qreal points, bool bold) {
        QFont f;
        f.setFamilies(families);
        f.setPointSizeF(points);
        f.setBold(bold);
        // Exact advances, not screen hinting: the PDF is read at any zoom.
        f.setHintingPreference(QFont::PreferNoHinting);
        // No optional shaping, i.e. no "fi"/"ff" ligatures: PDF text extraction and search
        // would otherwise see U+FB01 and never find "fire". Hangul needs no shaping.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    };
    s.body = font(9, false);
    s.bodyBold = font(9, true);
    s.small = font(7.5, false);
    s.smallBold = font(7.5, true);
    s.tableHeader = font(7.5, true);
    s.heading = font(12.5, true);
    s.title = font(19, true);
    s.kicker = font(8, true);
    s.figure = font(15, true);

    s.text = QColor(0x1d, 0x1f, 0x23);
    s.muted = QColor(0x5a, 0x60, 0x6b);
    s.rule = QColor(0xd0, 0xd4, 0xda);
    s.accent = QColor(0x00, 0x72, 0xb2);
    s.zebra = QColor(0xf3, 0xf5, 0xf8);
    s.headerFill = QColor(0xe8, 0xec, 0xf1);
    s.bannerFill = QColor(0xff, 0xf4, 0xce);
    s.bannerText = QColor(0x4a, 0x3b, 0x00);
    return s;
}

ReportPageWriter::ReportPageWriter(QPagedPaintDevice &device, QPainter *painter, const ReportStyle &style, Frame frame)
    : m_device(device)
    , m_painter(painter)
    , m_style(style)
    , m_frame(std::move(frame))
    , m_dpi(device.logicalDpiY())
{
    m_content = m_frame.page.marginsRemoved(m_frame.margins);
    startPage();
}

void ReportPageWriter::startPage()
{
    ++m_page;
    m_y = m_content.top();
    drawHeaderFooter();
}

void ReportPageWriter::newPage()
{
    if (m_painter)
        m_device.newPage();
    startPage();
}

void ReportPageWriter::ensureSpace(qreal height)
{
    if (m_pending)
        placeHeading(height);
    if (height > remaining() && !atPageTop())
        newPage();
}

void ReportPageWriter::advance(qreal height)
{
    if (m_pending)
        placeHeading(0);
    m_y += height;
}

void ReportPageWriter::drawHeaderFooter()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    const qreal w = m_content.width();
    const qreal gap = mm(3);

    // Header: incident title left, report kind right, a hairline under both.
    const QList<Line> right = layoutText(m_frame.headerRight, m_style.small, m_style.muted, w / 3);
    const qreal rightWidth = right.isEmpty() ? 0 : right.constFirst().width;
    const QList<Line> left = layoutText(m_frame.headerLeft, m_style.small, m_style.muted, w - rightWidth - gap);
    const qreal headerBottom = m_content.top() - mm(5);
    const qreal headerHeight = qMax(heightOf(left), heightOf(right));
    drawLines(left, 0, left.size(), m_content.left(), headerBottom - headerHeight, w - rightWidth - gap, Qt::AlignLeft);
    drawLines(right, 0, right.size(), m_content.left(), headerBottom - heightOf(right), w, Qt::AlignRight);
    p.setPen(QPen(m_style.rule, pt(0.5)));
    p.drawLine(QPointF(m_content.left(), headerBottom + mm(1.2)), QPointF(m_content.right(), headerBottom + mm(1.2)));

    // Footer: a hairline, who made the report on the left, "page N of M" on the right.
    const qreal footerTop = m_content.bottom() + mm(5);
    p.setPen(QPen(m_style.rule, pt(0.5)));
    p.drawLine(QPointF(m_content.left(), footerTop - mm(1.2)), QPointF(m_content.right(), footerTop - mm(1.2)));
    const QString pageText = m_frame.totalPages > 0
        ? QCoreApplication::translate("ReportRenderer", "page %1 of %2").arg(m_page).arg(m_frame.totalPages)
        : QCoreApplication::translate("ReportRenderer", "page %1").arg(m_page);
    const QList<Line> pageLines = layoutText(pageText, m_style.small, m_style.muted, w / 3);
    const qreal pageWidth = pageLines.isEmpty() ? 0 : pageLines.constFirst().width;
    const QList<Line> footLeft = layoutText(m_frame.footerLeft, m_style.small, m_style.muted, w - pageWidth - gap);
    drawLines(footLeft, 0, footLeft.size(), m_content.left(), footerTop, w - pageWidth - gap, Qt::AlignLeft);
    drawLines(pageLines, 0, pageLines.size(), m_content.left(), footerTop, w, Qt::AlignRight);
}

QList<ReportPageWriter::Line> ReportPageWriter::layoutText(
    const QString &text, const QFont &font, const QColor &colour, qreal width) const
{
    QList<Line> lines;
    if (text.isEmpty())
        return lines;
    QTextOption option;
    // Long identifiers and URLs break anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    const QFontMetricsF metrics(font, &m_device);
    for (const QString &paragraph : text.split(u'\n')) {
        if (paragraph.trimmed().isEmpty()) {
            lines.append({QString(), font, colour, metrics.ascent(), metrics.height() * 0.6, 0});
            continue;
        }
        // Measured on the target device so the measuring pass and the painting pass agree.
        QTextLayout layout(paragraph, font, &m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString run = paragraph.mid(line.textStart(), line.textLength());
            while (!run.isEmpty() && run.back().isSpace())
                run.chop(1);
            // QTextLine's height already covers a fallback font's taller ascent (Hangul).
            lines.append({run, font, colour, line.ascent(), line.height(), line.naturalTextWidth()});
        }
        layout.endLayout();
    }
    return lines;
}

qreal ReportPageWriter::heightOf(const QList<Line> &lines)
{
    qreal h = 0;
    for (const Line &l : lines)
        h += l.height;
    return h;
}

void ReportPageWriter::drawLines(const QList<Line> &lines, qsizetype from, qsizetype to, qreal left, qreal top,
    qreal width, Qt::Alignment alignment) const
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    qreal y = top;
    for (qsizetype i = from; i < to && i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (!l.text.isEmpty()) {
            qreal x = left;
            if (alignment & Qt::AlignRight)
                x = left + width - l.width;
            else if (alignment & Qt::AlignHCenter)
                x = left + (width - l.width) / 2;
            p.setFont(l.font);
            p.setPen(l.colour);
            p.drawText(QPointF(x, y + l.ascent), l.text);
        }
        y += l.height;
    }
}

void ReportPageWriter::heading(const QString &text)
{
    if (m_pending) // a heading right under another: it keeps at least a few lines' room under it
        placeHeading(heightOf(layoutText(text, m_style.heading, m_style.text, m_content.width())) + mm(25));
    m_pending = PendingHeading {text, layoutText(text, m_style.heading, m_style.text, m_content.width()), {}};
}

void ReportPageWriter::finish()
{
    if (m_pending)
        placeHeading(mm(25));
}

void ReportPageWriter::placeHeading(qreal following)
{
    const PendingHeading heading = *std::exchange(m_pending, std::nullopt);
    const qreal before = atPageTop() ? 0 : pt(16);
    const qreal after = pt(8);
    const qreal own = heightOf(heading.lines) + pt(3) + after;
    // The heading and the start of its section together; a block taller than a page starts
    // at the top of one anyway, so only its first part is asked for then.
    qreal intro = 0;
    for (const auto &[lines, spaceAfter] : heading.intro)
        intro += heightOf(lines) + spaceAfter;
    const qreal wanted = before + own + intro + qMin(following, qMax(0.0, m_content.height() - own - intro));
    if (wanted > remaining() && !atPageTop())
        newPage();
    else if (!atPageTop())
        m_y += before;
    m_headings.append({heading.text, m_page});
    drawLines(heading.lines, 0, heading.lines.size(), m_content.left(), m_y, m_content.width(), Qt::AlignLeft);
    m_y += heightOf(heading.lines) + pt(3);
    if (m_painter) {
        m_painter->setPen(QPen(m_style.rule, pt(0.75)));
        m_painter->drawLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y));
    }
    m_y += after;
    for (const auto &[lines, spaceAfter] : heading.intro) {
        drawLines(lines, 0, lines.size(), m_content.left(), m_y, m_content.width(), Qt::AlignLeft);
        m_y += heightOf(lines) + spaceAfter;
    }
}

void ReportPageWriter::paragraph(const QString &text, const QFont &font, const QColor &colour, qreal spaceAfter)
{
    const QList<Line> lines = layoutText(text, font, colour, m_content.width());
    // Short paragraphs stay whole; longer ones flow line by line onto the next page, but
    // never leave a single line behind at the bottom of a page.
    constexpr qsizetype keepTogether = 4;
    // A short paragraph right under a heading introduces its section: it waits with the heading.
    if (m_pending && lines.size() <= keepTogether) {
        m_pending->intro.append({lines, spaceAfter});
        return;
    }
    if (lines.size() <= keepTogether)
        ensureSpace(heightOf(lines));
    else
        ensureSpace(lines.at(0).height + lines.at(1).height);
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines.at(i).height > remaining() && !atPageTop())
            newPage();
        drawLines(lines, i, i + 1, m_content.left(), m_y, m_content.width(), Qt::AlignLeft);
        advance(lines.at(i).height);
        ++i;
    }
    advance(spaceAfter);
}

void ReportPageWriter::keyValues(const QList<QPair<QString, QString>> &pairs)
{
    const qreal labelWidth = mm(32);
    const qreal valueWidth = m_content.width() - labelWidth;
    for (const auto &[label, value] : pairs) {
        const QList<Line> l = layoutText(label, m_style.bodyBold, m_style.muted, labelWidth - mm(2));
        const QList<Line> v = layoutText(value, m_style.body, m_style.text, valueWidth);
        const qreal h = qMax(heightOf(l), heightOf(v));
        ensureSpace(h);
        drawLines(l, 0, l.size(), m_content.left(), m_y, labelWidth, Qt::AlignLeft);
        drawLines(v, 0, v.size(), m_content.left() + labelWidth, m_y, valueWidth, Qt::AlignLeft);
        advance(h + pt(2));
    }
}

void ReportPageWriter::banner(const QString &text)
{
    const qreal pad = pt(6);
    const qreal bar = pt(3);
    const QList<Line> lines = layoutText(text, m_style.bodyBold, m_style.bannerText, m_content.width() - 2 * pad - bar);
    const qreal h = heightOf(lines) + 2 * pad;
    ensureSpace(h);
    if (m_painter) {
        const QRectF box(m_content.left(), m_y, m_content.width(), h);
        m_painter->fillRect(box, m_style.bannerFill);
        m_painter->fillRect(QRectF(box.topLeft(), QSizeF(bar, h)), m_style.bannerText);
    }
    drawLines(lines, 0, lines.size(), m_content.left() + bar + pad, m_y + pad, m_content.width(), Qt::AlignLeft);
    advance(h);
}

void ReportPageWriter::figures(const QList<QPair<QString, QString>> &items)
{
    if (items.isEmpty())
        return;
    const qreal gap = mm(3);
    const qreal pad = pt(6);
    const qreal bar = pt(2.5);
    const qreal cardWidth = (m_content.width() - gap * (items.size() - 1)) / items.size();
    const qreal inner = cardWidth - 2 * pad - bar;
    QList<QList<Line>> labels, values;
    qreal labelHeight = 0, valueHeight = 0;
    for (const auto &[label, value] : items) {
        labels.append(layoutText(label, m_style.small, m_style.muted, inner));
        values.append(layoutText(value, m_style.figure, m_style.text, inner));
        labelHeight = qMax(labelHeight, heightOf(labels.constLast()));
        valueHeight = qMax(valueHeight, heightOf(values.constLast()));
    }
    const qreal h = 2 * pad + labelHeight + pt(2) + valueHeight;
    ensureSpace(h);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qreal x = m_content.left() + i * (cardWidth + gap);
        if (m_painter) {
            m_painter->fillRect(QRectF(x, m_y, cardWidth, h), m_style.zebra);
            m_painter->fillRect(QRectF(x, m_y, bar, h), m_style.accent);
        }
        drawLines(labels.at(i), 0, labels.at(i).size(), x + bar + pad, m_y + pad, inner, Qt::AlignLeft);
        drawLines(
            values.at(i), 0, values.at(i).size(), x + bar + pad, m_y + pad + labelHeight + pt(2), inner, Qt::AlignLeft);
    }
    advance(h);
}

qreal ReportPageWriter::tableHeaderHeight(const ReportTable &table, const QList<qreal> &widths) const
{
    qreal h = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        h = qMax(h,
            heightOf(
                layoutText(table.columns.at(c).title, m_style.tableHeader, m_style.muted, widths.at(c) - 2 * pt(4))));
    return h + 2 * pt(4);
}

void ReportPageWriter::drawTableHeader(const ReportTable &table, const QList<qreal> &widths)
{
    const qreal padX = pt(4), padY = pt(4);
    const qreal h = tableHeaderHeight(table, widths);
    if (m_painter) {
        m_painter->fillRect(QRectF(m_content.left(), m_y, m_content.width(), h), m_style.headerFill);
        m_painter->setPen(QPen(m_style.muted, pt(0.75)));
        m_painter->drawLine(QPointF(m_content.left(), m_y + h), QPointF(m_content.right(), m_y + h));
    }
    qreal x = m_content.left();
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const ReportTableColumn &col = table.columns.at(c);
        const QList<Line> lines = layoutText(col.title, m_style.tableHeader, m_style.muted, widths.at(c) - 2 * padX);
        // Header text sits on the header's bottom edge, like the numbers under it.
        drawLines(
            lines, 0, lines.size(), x + padX, m_y + h - padY - heightOf(lines), widths.at(c) - 2 * padX, col.alignment);
        x += widths.at(c);
    }
    advance(h);
}

void ReportPageWriter::table(const ReportTable &table)
{
    const qreal padX = pt(4), padY = pt(3.5);
    QList<qreal> widths;
    for (const ReportTableColumn &col : table.columns)
        widths.append(col.widthFraction * m_content.width());

    const auto layoutRow = [&](const ReportTableRow &row) {
        QList<QList<Line>> cells;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ReportTableCell cell = row.cells.value(c);
            const qreal w = widths.at(c) - 2 * padX;
            QList<Line> lines = layoutText(cell.text, row.total ? m_style.bodyBold : m_style.body,
                cell.toBeEntered ? m_style.bannerText : m_style.text, w);
            if (!cell.secondary.isEmpty()) {
                if (!lines.isEmpty())
                    lines.last().height += pt(1.5);
                lines += layoutText(cell.secondary, m_style.small, m_style.muted, w);
            }
            cells.append(lines);
        }
        return cells;
    };

    const qreal headerHeight = tableHeaderHeight(table, widths);
    // The header never sits alone at the bottom of a page.
    qreal firstRow = 0;
    if (!table.rows.isEmpty())
        for (const QList<Line> &cell : layoutRow(table.rows.constFirst()))
            firstRow = qMax(firstRow, heightOf(cell));
    const QList<Line> footnote = layoutText(table.footnote, m_style.small, m_style.muted, m_content.width());
    const qreal footnoteHeight = footnote.isEmpty() ? 0 : pt(4) + heightOf(footnote);
    // As the rows below: a first row that fits on a page comes whole (a page break before it
    // would leave the header alone), a taller one at least its first lines.
    const qreal firstKeep = firstRow + 2 * padY + (table.rows.size() == 1 ? footnoteHeight : 0);
    ensureSpace(headerHeight + (firstKeep <= m_content.height() - headerHeight ? firstKeep : mm(20)));
    drawTableHeader(table, widths);

    int stripe = 0;
    for (const ReportTableRow &row : table.rows) {
        const QList<QList<Line>> cells = layoutRow(row);
        qreal rowHeight = 0;
        for (const QList<Line> &cell : cells)
            rowHeight = qMax(rowHeight, heightOf(cell));
        rowHeight += 2 * padY;
        // The footnote explains the table: it never starts a page alone.
        const qreal keep = rowHeight + (&row == &table.rows.constLast() ? footnoteHeight : 0);
        // A row that fits on a fresh page moves there whole; only taller ones are split.
        if (keep > remaining() && keep <= m_content.height() - headerHeight) {
            newPage();
            drawTableHeader(table, widths);
        }

        QList<qsizetype> next(cells.size(), 0);
        bool fresh = false; // just after a page break: at least one line must be taken
        for (;;) {
            const qreal available = remaining() - 2 * padY;
            QList<qsizetype> end(cells.size(), 0);
            qreal used = 0;
            bool done = true;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                qreal h = 0;
                qsizetype e = next.at(c);
                while (e < cells.at(c).size()) {
                    const qreal lineHeight = cells.at(c).at(e).height;
                    // A single line taller than a whole page is taken anyway, so the loop ends.
                    if (h + lineHeight > available && !(h == 0 && fresh))
                        break;
                    h += lineHeight;
                    ++e;
                }
                end[c] = e;
                used = qMax(used, h);
                done = done && e == cells.at(c).size();
            }
            if (used == 0 && !done) {
                newPage();
                drawTableHeader(table, widths);
                fresh = true;
                continue;
            }
            const qreal chunk = used + 2 * padY;
            if (m_painter) {
                const QRectF band(m_content.left(), m_y, m_content.width(), chunk);
                if (!row.total && stripe % 2 == 1)
                    m_painter->fillRect(band, m_style.zebra);
                if (row.total) {
                    m_painter->setPen(QPen(m_style.text, pt(0.75)));
                    m_painter->drawLine(band.topLeft(), band.topRight());
                }
            }
            qreal x = m_content.left();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (m_painter && row.cells.value(c).toBeEntered) {
                    const QRectF box(x + padX / 2, m_y + padY / 2, widths.at(c) - padX, chunk - padY);
                    m_painter->fillRect(box, m_style.bannerFill);
                    m_painter->setPen(QPen(m_style.bannerText, pt(0.6), Qt::DashLine));
                    m_painter->drawRect(box);
                }
                drawLines(cells.at(c), next.at(c), end.at(c), x + padX, m_y + padY, widths.at(c) - 2 * padX,
                    table.columns.at(c).alignment);
                x += widths.at(c);
            }
            advance(chunk);
            next = end;
            if (done)
                break;
            newPage();
            drawTableHeader(table, widths);
            fresh = true;
        }
        ++stripe;
    }
    if (m_painter) {
        m_painter->setPen(QPen(m_style.rule, pt(0.75)));
        m_painter->drawLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y));
    }
    if (!footnote.isEmpty()) {
        advance(pt(4));
        paragraph(table.footnote, m_style.small, m_style.muted, 0);
    }
}
