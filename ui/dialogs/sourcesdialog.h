// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class FeedSourceModel;
class LiveFeedController;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
struct TimelineSnapshot;

// The live sources: how each is doing (last report, last error, stale), and the sources
// file itself, edited as JSON with validation before it is saved and applied.
class SourcesDialog final : public QDialog {
    Q_OBJECT
public:
    SourcesDialog(LiveFeedController *live, QWidget *parent = nullptr);
    void setStatus(const TimelineSnapshot &snapshot);
    QString validationText() const;
    QPlainTextEdit *editor() const { return m_editor; }

    bool openFile(const QString &path);
    bool saveAndApply();

private:
    void validate();

    LiveFeedController *m_live;
    FeedSourceModel *m_model;
    QTableView *m_table;
    QLineEdit *m_path;
    QPlainTextEdit *m_editor;
    QLabel *m_validation;
};
