// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/communicationlane.h"
#include "impact/userreportbaseline.h"

#include <QCoreApplication>
#include <QRectF>
#include <functional>

class QPainter;

// What the state timeline adds for issue #21: the communication lane (first evidence,
// acknowledged, first public update, regulator notified, resolved; each its own shape, with
// the lag from the one before in its tooltip) and the user-report lanes (measured counts as
// bars over their baseline).
class CommunicationMarks final {
    Q_DECLARE_TR_FUNCTIONS(CommunicationMarks)

public:
    struct Mark {
        CommunicationLane::Milestone milestone;
        TimeMs at = 0;
        QRectF hit; // where it is drawn, for tooltips
    };
    // The lane's known milestones in milestones() order.
    static QList<Mark> marks(const CommunicationLane &lane);
    // Each mark in 'strip' at x(at), with a short label where it does not run into the next.
    // Fills each mark's hit box.
    static void draw(QPainter &painter, const QRectF &strip, const std::function<qreal(TimeMs)> &x, QList<Mark> &marks,
        const Theme &theme, qreal u);
    static void layout(QList<Mark> &marks, const QRectF &strip, const std::function<qreal(TimeMs)> &x, qreal u);
    static QString text(const Mark &mark, const CommunicationLane &lane, const QTimeZone &zone);
    static QString laneName();
    static QString shortName(CommunicationLane::Milestone milestone);

    // One service's user reports over [from, to]: a bar per count, scaled to the highest count
    // shown, the baseline as a dashed line, the first rise outlined.
    static void drawReports(QPainter &painter, const QRectF &lane, const std::function<qreal(TimeMs)> &x,
        const QList<UserReportCount> &counts, const UserReportBaseline &baseline, TimeMs from, TimeMs to,
        const Theme &theme, qreal u);
    static QString reportsLaneName(const QString &serviceName);
    static QString reportsText(const UserReportCount &count, const UserReportBaseline &baseline,
        const QString &serviceName, const QTimeZone &zone);
};
