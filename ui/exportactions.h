// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportrenderer.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QMenu;
class QWidget;
QT_END_NAMESPACE
class DashboardSession;
struct Theme;

// File ▸ Print preview… and File ▸ Export ▸ (timeline / people affected as CSV, chart as
// PNG or SVG), kept out of MainWindow so it stays an assembler.
namespace ExportActions {
// The report's options for the session: version, and the store's rejects for the appendix.
ReportOptions reportOptions(const DashboardSession &session);
// The timeline as the table shows it: its filters, its scope (the incident or all events) and
// its sort order, every time in UTC and in the incident's zone with its offset.
QByteArray timelineCsv(const DashboardSession &session);
// Writes the report in the chosen template (File ▸ Export report as ▸): false with the reason.
bool writeReport(const DashboardSession &session, ReportTemplate reportTemplate, const QString &path, QString *error);
void addTo(QMenu *file, QWidget *window, DashboardSession *session, std::function<Theme()> theme);
} // namespace ExportActions
