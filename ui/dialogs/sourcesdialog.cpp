// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/sourcesdialog.h"

#include "common/appsettings.h"
#include "common/livefeedcontroller.h"
#include "domain/timelinesnapshot.h"
#include "ingest/sourceconfig.h"
#include "itemmodels/feedsourcemodel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

SourcesDialog::SourcesDialog(LiveFeedController *live, QWidget *parent)
    : QDialog(parent)
    , m_live(live)
    , m_model(new FeedSourceModel(this))
    , m_table(new QTableView(this))
    , m_path(new QLineEdit(this))
    , m_editor(new QPlainTextEdit(this))
    , m_validation(new QLabel(this))
{
    setWindowTitle(tr("Sources"));
    resize(1000, 700);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Feed sources and their status"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No sources file: open one, or write one below and save it"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);
    m_editor->setAccessibleName(tr("Sources file (JSON)"));
    m_editor->setToolTip(tr("The sources file as JSON; see docs/sources.md for every field"));
    m_validation->setWordWrap(true);

    auto *open = new QPushButton(tr("&Open…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *apply = buttons->addButton(tr("&Save and apply"), QDialogButtonBox::ApplyRole);
    apply->setToolTip(tr("Write the file and restart the live sources with it"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(new QLabel(tr("File:"), this));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Status"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(pathRow);
    layout->addWidget(m_editor, 2);
    layout->addWidget(m_validation);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(apply, &QPushButton::clicked, this, &SourcesDialog::saveAndApply);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open sources file"), QString(), tr("Sources files (*.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &SourcesDialog::validate);
    if (!live->sourcesFile().isEmpty())
        openFile(live->sourcesFile());
    validate();
}

void SourcesDialog::setStatus(const TimelineSnapshot &snapshot)
{
    m_model->setSources(snapshot.feedSources, QDateTime::currentMSecsSinceEpoch());
    m_table->resizeColumnsToContents();
}

QString SourcesDialog::validationText() const
{
    return m_validation->text();
}

bool SourcesDialog::openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_validation->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    m_path->setText(path);
    m_editor->setPlainText(QString::fromUtf8(f.readAll()));
    return true;
}

void SourcesDialog::validate()
{
    SourcesConfig config;
    QString error;
    if (m_editor->toPlainText().trimmed().isEmpty())
        m_validation->setText(tr("Empty: no live sources."));
    else if (SourcesConfig::parse(m_editor->toPlainText().toUtf8(), tr("sources file"), config, &error))
        m_validation->setText(tr("Valid: %n source(s).", nullptr, int(config.sources.size())));
    else
        m_validation->setText(tr("Not valid: %1").arg(error));
}

bool SourcesDialog::saveAndApply()
{
    QString path = m_path->text();
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Save sources file"), QStringLiteral("sources.json"), tr("Sources files (*.json)"));
        if (path.isEmpty())
            return false;
    }
    SourcesConfig config;
    QString error;
    if (!SourcesConfig::parse(m_editor->toPlainText().toUtf8(), path, config, &error)) {
        m_validation->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    // QSaveFile: a crash mid-write never leaves a half-written sources file behind.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_editor->toPlainText().toUtf8()) < 0 || !out.commit()) {
        m_validation->setText(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    m_path->setText(path);
    if (!m_live->start(path, &error)) {
        m_validation->setText(tr("Saved, but the sources could not start: %1").arg(error));
        return false;
    }
    AppSettings::setSourcesFile(path);
    m_validation->setText(tr("Saved and applied: %n source(s) running.", nullptr, int(config.sources.size())));
    return true;
}
