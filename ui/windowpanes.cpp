// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowpanes.h"

#include "common/appsettings.h"
#include "timelineview.h"

#include <QScrollArea>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace {
QString upperKey(bool sideBySide)
{
    return sideBySide ? u"upperSideBySide"_s : u"upperStacked"_s;
}
} // namespace

WindowPanes::WindowPanes(QWidget *summary, QWidget *charts, TimelineView *timeline, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_summaryPane(new QScrollArea(this))
    , m_upper(new QSplitter(Qt::Vertical, this))
    , m_timeline(timeline)
{
    setObjectName(u"mainSplitter"_s);
    m_upper->setObjectName(u"upperSplitter"_s);
    m_summaryPane->setObjectName(u"summaryPane"_s);
    m_summaryPane->setWidget(summary);
    m_summaryPane->setWidgetResizable(true);
    m_summaryPane->setFrameShape(QFrame::NoFrame);
    m_summaryPane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a tab stop of its own (it would show no focus): tabbing to a tile scrolls it into view.
    m_summaryPane->setFocusPolicy(Qt::NoFocus);
    m_upper->addWidget(m_summaryPane);
    m_upper->addWidget(charts);
    m_upper->setStretchFactor(0, 0);
    m_upper->setStretchFactor(1, 1);
    m_upper->setChildrenCollapsible(false);
    addWidget(m_upper);
    addWidget(timeline);
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
    setChildrenCollapsible(false);
}

void WindowPanes::setSideBySide(bool sideBySide, int summaryWidth)
{
    m_summaryWidth = summaryWidth;
    if (sideBySide == isSideBySide())
        return;
    if (isVisible())
        AppSettings::setWindowSplitter(upperKey(isSideBySide()), m_upper->saveState());
    m_upper->setOrientation(sideBySide ? Qt::Horizontal : Qt::Vertical);
    // Each arrangement keeps the sizes the reviewer gave it, saved under its own key (and so
    // with its own orientation).
    m_placed = m_upper->restoreState(AppSettings::windowSplitter(upperKey(sideBySide)));
    if (!m_placed && isVisible())
        placeDefaults();
}

void WindowPanes::restoreSizes()
{
    // Each state carries the orientation it was saved in: the outer one is always vertical, the
    // inner one is read from the key of the arrangement the window's height chose.
    m_placed = restoreState(AppSettings::windowSplitter(u"main"_s))
        && m_upper->restoreState(AppSettings::windowSplitter(upperKey(isSideBySide())));
}

void WindowPanes::saveSizes() const
{
    AppSettings::setWindowSplitter(u"main"_s, saveState());
    AppSettings::setWindowSplitter(upperKey(isSideBySide()), m_upper->saveState());
}

void WindowPanes::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    if (!m_placed)
        placeDefaults();
}

void WindowPanes::placeDefaults()
{
    m_placed = true;
    // The timeline a quarter of the height (at 1080 px six rows), never less than three rows.
    const int total = height() - handleWidth();
    const int timeline = qMax(m_timeline->heightForRows(3), total / 4);
    setSizes({total - timeline, timeline});
    const QWidget *summary = m_summaryPane->widget();
    if (isSideBySide()) {
        const int width = m_summaryWidth + m_summaryPane->verticalScrollBar()->sizeHint().width() + 4;
        m_upper->setSizes({width, m_upper->width() - m_upper->handleWidth() - width});
    } else {
        // The summary as tall as it needs, up to half the panes above the timeline.
        const int room = total - timeline - m_upper->handleWidth();
        const int wanted = summary->heightForWidth(m_summaryPane->viewport()->width());
        // A few pixels spare: labels that wrap may round their heights up once laid out.
        const int height = qMin((wanted > 0 ? wanted : summary->sizeHint().height()) + 6, room / 2);
        m_upper->setSizes({height, room - height});
    }
}
