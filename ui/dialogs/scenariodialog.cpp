// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/scenariodialog.h"

#include "session/dashboardsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const ScenarioChange::Kind kKinds[] = {ScenarioChange::Kind::FailoverWithin, ScenarioChange::Kind::RecoverAfter,
    ScenarioChange::Kind::RecoverAt, ScenarioChange::Kind::Dependency};
} // namespace

ScenarioDialog::ScenarioDialog(DashboardSession *session, const QString &incidentId,
    const QList<QPair<QString, QString>> &services, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_services(services)
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_changes(new QTableWidget(0, ChangeColumnCount))
    , m_error(new QLabel)
{
    setWindowTitle(tr("Scenarios of %1").arg(incidentId));
    m_list->setObjectName(u"scenarioList"_s);
    m_name->setObjectName(u"scenarioName"_s);
    m_changes->setObjectName(u"scenarioChanges"_s);
    m_changes->setHorizontalHeaderLabels(
        {tr("Change"), tr("Service"), tr("Minutes or time"), tr("Depends on"), tr("Share")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    QStringList keys;
    for (const auto &[key, name] : m_services)
        keys.append(key == name ? key : tr("%1 (%2)").arg(key, name));
    m_changes->setToolTip(tr("Minutes count from the incident's start; a time is RFC 3339 with an offset. "
                             "A share of 0 removes the dependency. Services: %1")
                              .arg(keys.join(u", "_s)));
    m_description->setMaximumHeight(90);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b"_s);

    auto *newButton = new QPushButton(tr("New"));
    auto *deleteButton = new QPushButton(tr("Delete"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    left->addLayout(listButtons);

    auto *addChange = new QPushButton(tr("Add change"));
    auto *removeChange = new QPushButton(tr("Remove change"));
    auto *save = new QPushButton(tr("Save scenario"));
    auto *changeButtons = new QHBoxLayout;
    changeButtons->addWidget(addChange);
    changeButtons->addWidget(removeChange);
    changeButtons->addStretch();
    changeButtons->addWidget(save);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Changes to the recorded incident")));
    right->addWidget(m_changes);
    right->addLayout(changeButtons);
    right->addWidget(m_error);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(body);
    outer->addWidget(buttons);
    resize(900, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &ScenarioDialog::newScenario);
    connect(deleteButton, &QPushButton::clicked, this, &ScenarioDialog::removeCurrent);
    connect(save, &QPushButton::clicked, this, &ScenarioDialog::saveCurrent);
    connect(addChange, &QPushButton::clicked, this, [this] {
        ScenarioChange c;
        c.kind = ScenarioChange::Kind::FailoverWithin;
        c.service = m_services.isEmpty() ? QString() : m_services.constFirst().first;
        c.minutes = 20;
        addChangeRow(c);
    });
    connect(removeChange, &QPushButton::clicked, this, [this] {
        if (m_changes->currentRow() >= 0)
            m_changes->removeRow(m_changes->currentRow());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    reload();
}

QString ScenarioDialog::errorText() const
{
    return m_error->text();
}

void ScenarioDialog::reload()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_scenarios = m_session ? m_session->scenarios(m_incidentId) : QList<Scenario> {};
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const Scenario &s : std::as_const(m_scenarios))
        m_list->addItem(s.name);
    block.unblock();
    selectScenario(current.isEmpty() && !m_scenarios.isEmpty() ? m_scenarios.constFirst().name : current);
}

void ScenarioDialog::selectScenario(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.constFirst());
    showSelected();
}

void ScenarioDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_scenarios.size())
        setForm(m_scenarios.at(row));
}

void ScenarioDialog::newScenario()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    Scenario s;
    s.incidentId = m_incidentId;
    setForm(s);
    m_name->setFocus();
}

void ScenarioDialog::setForm(const Scenario &scenario)
{
    m_name->setText(scenario.name);
    m_description->setPlainText(scenario.description);
    m_changes->setRowCount(0);
    for (const ScenarioChange &c : scenario.changes)
        addChangeRow(c);
    m_error->clear();
}

void ScenarioDialog::addChangeRow(const ScenarioChange &change)
{
    const int row = m_changes->rowCount();
    m_changes->insertRow(row);
    auto *kind = new QComboBox;
    for (ScenarioChange::Kind k : kKinds)
        kind->addItem(ScenarioChange::kindKey(k), ScenarioChange::kindKey(k));
    kind->setCurrentIndex(kind->findData(ScenarioChange::kindKey(change.kind)));
    m_changes->setCellWidget(row, KindColumn, kind);
    m_changes->setItem(row, ServiceColumn, new QTableWidgetItem(change.service));
    QString when;
    if (change.kind == ScenarioChange::Kind::RecoverAt)
        when = Timestamps::toRfc3339(change.time);
    else if (change.kind != ScenarioChange::Kind::Dependency)
        when = QString::number(change.minutes);
    m_changes->setItem(row, WhenColumn, new QTableWidgetItem(when));
    const bool dependency = change.kind == ScenarioChange::Kind::Dependency;
    m_changes->setItem(row, DependsOnColumn, new QTableWidgetItem(dependency ? change.dependsOn : QString()));
    m_changes->setItem(row, ShareColumn, new QTableWidgetItem(dependency ? QString::number(change.share) : QString()));
}

std::optional<Scenario> ScenarioDialog::formScenario(QString *error) const
{
    // The form is read into the JSON a feed would carry, so the same checks and reasons apply.
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_changes->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QJsonArray changes;
    for (int row = 0; row < m_changes->rowCount(); ++row) {
        const auto *kind = qobject_cast<const QComboBox *>(m_changes->cellWidget(row, KindColumn));
        const QString key = kind ? kind->currentData().toString() : QString();
        QJsonObject o {{u"kind"_s, key}, {u"service"_s, text(row, ServiceColumn)}};
        const auto number = [&](int column) -> QJsonValue {
            bool ok = false;
            const double v = QLocale::c().toDouble(text(row, column), &ok);
            return ok ? QJsonValue(v) : QJsonValue(text(row, column));
        };
        if (key == u"recover_at")
            o.insert(u"time"_s, text(row, WhenColumn));
        else if (key == u"dependency") {
            o.insert(u"depends_on"_s, text(row, DependsOnColumn));
            o.insert(u"share"_s, number(ShareColumn));
        } else {
            o.insert(u"minutes"_s, number(WhenColumn));
        }
        changes.append(o);
    }
    const QJsonObject object {{u"type"_s, u"scenario"_s}, {u"incident"_s, m_incidentId},
        {u"name"_s, m_name->text().trimmed()}, {u"description"_s, m_description->toPlainText().trimmed()},
        {u"changes"_s, changes}};
    QString field, reason;
    auto scenario = Scenario::fromJson(object, &field, &reason);
    if (!scenario && error)
        *error = tr("%1: %2").arg(field, reason);
    return scenario;
}

bool ScenarioDialog::saveCurrent()
{
    QString error;
    const std::optional<Scenario> scenario = formScenario(&error);
    if (!scenario) {
        m_error->setText(error);
        return false;
    }
    // Renaming saves under the new name and drops the old row, in one transaction.
    const QListWidgetItem *current = m_list->currentItem();
    if (!m_session || !m_session->saveScenario(*scenario, current ? current->text() : QString())) {
        m_error->setText(m_session ? m_session->storeError() : tr("No database is open."));
        return false;
    }
    m_error->clear();
    QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    block.unblock();
    m_scenarios = m_session->scenarios(m_incidentId);
    m_list->clear();
    for (const Scenario &s : std::as_const(m_scenarios))
        m_list->addItem(s.name);
    selectScenario(scenario->name);
    emit scenariosChanged();
    return true;
}

bool ScenarioDialog::removeCurrent()
{
    const QListWidgetItem *current = m_list->currentItem();
    if (!current || !m_session)
        return false;
    if (!m_session->removeScenario(m_incidentId, current->text())) {
        m_error->setText(m_session->storeError());
        return false;
    }
    QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    block.unblock();
    reload();
    if (m_scenarios.isEmpty())
        newScenario();
    emit scenariosChanged();
    return true;
}
