// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

// Fonts and colours of the printed report, in one place so every block agrees.
struct ReportStyle {
    QFont body, bodyBold, small, smallBold, tableHeader, heading, title, kicker, figure;
    QColor text, muted, rule, accent, zebra, headerFill, bannerFill, bannerText;

    // 'families' lists a Latin face first and a Hangul one after it: Qt falls back per
    // glyph, so Korean annotations render instead of turning into boxes.
    static ReportStyle create(const QStringList &families);
};

struct ReportTableColumn {
    QString title;
    qreal widthFraction = 0; // of the content width; fractions should add up to 1
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct ReportTableCell {
    QString text;
    QString secondary; // smaller, muted, under the text (provenance, author)
    // A field the data cannot fill (a cause, a cost): drawn as a shaded box with a dashed edge,
    // so it is seen to be missing and a reader knows to fill it in.
    bool toBeEntered = false;
};

struct ReportTableRow {
    QList<ReportTableCell> cells;
    bool total = false; // bold, ruled above, never zebra-filled
};

struct ReportTable {
    QList<ReportTableColumn> columns;
    QList<ReportTableRow> rows;
    QString footnote; // small print under the table, kept with its last row
};

// Lays text blocks and tables out on pages, with a header and "page N of M" footer on
// each. Built to run twice: once without a painter to count pages (layout is measured
// against the device, so both passes break pages at the same places), then to paint.
class ReportPageWriter final {
public:
    struct Frame {
        QRectF page; // the device's paint area, device pixels
        QMarginsF margins; // device pixels, inside 'page'
        QString headerLeft, headerRight, footerLeft;
        int totalPages = 0; // 0 while measuring
    };

    // A line of laid-out text: drawn as a run so the PDF keeps real, searchable text.
    struct Line {
        QString text;
        QFont font;
        QColor colour;
        qreal ascent = 0;
        qreal height = 0;
        qreal width = 0;
    };

    // 'painter' is null for the measuring pass.
    ReportPageWriter(QPagedPaintDevice &device, QPainter *painter, const ReportStyle &style, Frame frame);

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal dpi() const { return m_dpi; }
    const ReportStyle &style() const { return m_style; }
    QPainter *painter() const { return m_painter; }
    int pageCount() const { return m_page; }

    QRectF content() const { return m_content; }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_content.top(); }
    void advance(qreal height);
    void newPage();
    // Starts a new page when less than 'height' is left, so a block is not split. A heading
    // waiting to be placed goes with the block: onto the next page too when both do not fit.
    void ensureSpace(qreal height);

    QList<Line> layoutText(const QString &text, const QFont &font, const QColor &colour, qreal width) const;
    static qreal heightOf(const QList<Line> &lines);
    // Draws at most lines [from, to) with the first one's top at 'top'.
    void drawLines(const QList<Line> &lines, qsizetype from, qsizetype to, qreal left, qreal top, qreal width,
        Qt::Alignment alignment) const;

    // A section heading. It is placed with whatever comes first after it (the next ensureSpace,
    // table or chart; short paragraphs wait with it), so that a heading never ends a page with
    // its section on the next.
    void heading(const QString &text);
    // Places a heading still waiting (a section that ended right after its heading).
    void finish();
    // Every heading laid out so far with its page: the table of contents.
    const QList<QPair<QString, int>> &headings() const { return m_headings; }
    void paragraph(const QString &text, const QFont &font, const QColor &colour, qreal spaceAfter);
    // Label / value pairs in two columns; values wrap, labels stay in their column.
    void keyValues(const QList<QPair<QString, QString>> &pairs);
    void banner(const QString &text);
    // Big figures side by side: {label, value}.
    void figures(const QList<QPair<QString, QString>> &items);
    // Rows flow over pages; the header row is repeated on each, and a row too tall for
    // a page is split between lines rather than clipped.
    void table(const ReportTable &table);

private:
    void startPage();
    void drawHeaderFooter();
    qreal tableHeaderHeight(const ReportTable &table, const QList<qreal> &widths) const;
    void drawTableHeader(const ReportTable &table, const QList<qreal> &widths);
    // Draws the waiting heading where it belongs, with 'following' kept on its page.
    void placeHeading(qreal following);

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    ReportStyle m_style;
    Frame m_frame;
    qreal m_dpi;
    QRectF m_content;
    qreal m_y = 0;
    int m_page = 0;
    QList<QPair<QString, int>> m_headings;
    // A heading not placed yet, with the short paragraphs that introduce its section: they go
    // onto a page together with the start of what follows (a chart, a table).
    struct PendingHeading {
        QString text;
        QList<Line> lines;
        QList<QPair<QList<Line>, qreal>> intro; // lines, space after
    };
    std::optional<PendingHeading> m_pending;
};
