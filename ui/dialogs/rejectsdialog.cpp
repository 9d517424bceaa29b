// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/rejectsdialog.h"

#include "itemmodels/rejectmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

RejectsDialog::RejectsDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new RejectModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Rejected records"));
    resize(1100, 600);
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RejectModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Rejected records"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What sources sent that could not be taken (newest first, up to 1,000). "
                                    "Nothing here was stored; fix the source and send it again."),
        this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void RejectsDialog::setTimeZone(const QTimeZone &zone)
{
    m_model->setTimeZone(zone);
    m_table->resizeColumnToContents(RejectModel::ReceivedColumn);
}

void RejectsDialog::load(const QList<Reject> &rejects)
{
    m_model->setRejects(rejects);
    m_table->resizeColumnToContents(RejectModel::ReceivedColumn);
    m_table->resizeColumnToContents(RejectModel::LineColumn);
}
