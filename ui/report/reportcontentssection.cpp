// SPDX-License-Identifier: GPL-3.0-or-later
// One section of the report (ReportRenderer::layout orders them).
#include "report/reportrenderer.h"

#include "charts/chartpainter.h"
#include "charts/comparechartbuilder.h"
#include "charts/dependencyview.h"
#include "charts/statetimelinechart.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>

using namespace ReportFormat;

void ReportRenderer::layoutContents(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    // Not a heading(): the contents do not list themselves.
    const QList<ReportPageWriter::Line> title = w.layoutText(tr("Contents"), s.heading, s.text, w.content().width());
    w.ensureSpace(ReportPageWriter::heightOf(title) + w.pt(24) + w.mm(25));
    if (!w.atPageTop())
        w.advance(w.pt(16));
    w.drawLines(title, 0, title.size(), w.content().left(), w.y(), w.content().width(), Qt::AlignLeft);
    w.advance(ReportPageWriter::heightOf(title) + w.pt(3));
    if (QPainter *p = w.painter()) {
        p->setPen(QPen(s.rule, w.pt(0.75)));
        p->drawLine(QPointF(w.content().left(), w.y()), QPointF(w.content().right(), w.y()));
    }
    w.advance(w.pt(8));
    const qreal numberWidth = w.mm(15);
    const qreal textWidth = w.content().width() - numberWidth;
    for (const auto &[text, page] : std::as_const(m_contents)) {
        const QList<ReportPageWriter::Line> left = w.layoutText(text, s.body, s.text, textWidth);
        const QList<ReportPageWriter::Line> right = w.layoutText(QString::number(page), s.body, s.text, numberWidth);
        const qreal h = qMax(ReportPageWriter::heightOf(left), ReportPageWriter::heightOf(right));
        w.ensureSpace(h);
        w.drawLines(left, 0, left.size(), w.content().left(), w.y(), textWidth, Qt::AlignLeft);
        if (QPainter *p = w.painter(); p && !left.isEmpty()) {
            // Dotted leader from the title to its page number.
            p->setPen(QPen(s.rule, w.pt(0.75), Qt::DotLine));
            const qreal baseline = w.y() + left.constFirst().ascent;
            p->drawLine(QPointF(w.content().left() + left.constFirst().width + w.mm(2), baseline),
                QPointF(w.content().right() - w.mm(8), baseline));
        }
        w.drawLines(right, 0, right.size(), w.content().left() + textWidth, w.y(), numberWidth, Qt::AlignRight);
        w.advance(h + w.pt(2));
    }
    w.advance(w.pt(4));
}
