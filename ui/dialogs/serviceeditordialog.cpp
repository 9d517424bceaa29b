// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/serviceeditordialog.h"

#include "dialogs/dependencypreview.h"
#include "session/dashboardsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression kColour(u"^#[0-9a-fA-F]{6}$"_s);
constexpr int kLoadedRole = Qt::UserRole + 1; // index into m_loaded, -1 for a new row

// Editors that only take what the column allows: digits for users, #rrggbb for colours, a known
// key for a dependency's ends, 0–1 for a share.
class CatalogueDelegate final : public QStyledItemDelegate {
public:
    CatalogueDelegate(bool dependencies, std::function<QStringList()> keys, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_dependencies(dependencies)
        , m_keys(std::move(keys))
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (m_dependencies && index.column() == ServiceEditorDialog::ShareColumn) {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0.0, 1.0);
            spin->setDecimals(2);
            spin->setSingleStep(0.05);
            return spin;
        }
        if (m_dependencies) {
            auto *combo = new QComboBox(parent);
            combo->addItems(m_keys());
            return combo;
        }
        auto *edit = new QLineEdit(parent);
        if (index.column() == ServiceEditorDialog::UsersColumn)
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9]{0,15}$"_s), edit));
        else if (index.column() == ServiceEditorDialog::ColourColumn)
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^(#[0-9a-fA-F]{0,6})?$"_s), edit));
        Q_UNUSED(option);
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    bool m_dependencies;
    std::function<QStringList()> m_keys;
};

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
}

// Marks a cell that stops the save, with why in its tooltip; clears it when it is right again.
void mark(QTableWidget *table, int row, int column, const QString &why)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item)
        return;
    item->setBackground(why.isEmpty() ? QBrush() : QBrush(QColor(255, 205, 205)));
    item->setToolTip(why);
}
} // namespace

ServiceEditorDialog::ServiceEditorDialog(DashboardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_services(new QTableWidget(0, ServiceColumnCount, this))
    , m_dependencies(new QTableWidget(0, DependencyColumnCount, this))
    , m_preview(new DependencyPreview(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Services"));
    m_services->setObjectName(u"servicesTable"_s);
    m_dependencies->setObjectName(u"dependenciesTable"_s);
    m_services->setHorizontalHeaderLabels(
        {tr("Key"), tr("Display name"), tr("Users"), tr("Group"), tr("Colour"), tr("Note")});
    m_services->horizontalHeaderItem(UsersColumn)->setToolTip(tr("People who use the service; empty: not known yet"));
    m_services->horizontalHeaderItem(ColourColumn)->setToolTip(tr("#rrggbb, or empty for the theme's colour"));
    m_services->horizontalHeaderItem(GroupColumn)
        ->setToolTip(tr("The feed's grouping, e.g. a status page component group: a hint, not a dependency"));
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->setToolTip(tr("Double-click a cell to edit it. A service whose samples or states are stored "
                              "cannot be deleted."));
    m_dependencies->setHorizontalHeaderLabels({tr("Service"), tr("Depends on"), tr("Share")});
    m_dependencies->horizontalHeaderItem(ShareColumn)
        ->setToolTip(tr("Share of the service's users who are failed when what it depends on fails (0–1)"));
    m_dependencies->horizontalHeader()->setStretchLastSection(true);
    const auto keys = [this] {
        QStringList out;
        for (int row = 0; row < m_services->rowCount(); ++row)
            if (const QString key = cellText(m_services, row, KeyColumn); !key.isEmpty())
                out.append(key);
        return out;
    };
    m_services->setItemDelegate(new CatalogueDelegate(false, keys, this));
    m_dependencies->setItemDelegate(new CatalogueDelegate(true, keys, this));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_problem->setObjectName(u"catalogueProblem"_s);

    auto *addService = new QPushButton(tr("&Add service"), this);
    auto *removeService = new QPushButton(tr("&Remove service"), this);
    auto *addDependency = new QPushButton(tr("Add &dependency"), this);
    auto *removeDependency = new QPushButton(tr("Remo&ve dependency"), this);
    auto *propose = new QPushButton(tr("&Propose from groups"), this);
    propose->setObjectName(u"proposeFromGroups"_s);
    propose->setToolTip(tr("Add a dependency on its status page group for every component in one, as rows "
                           "to keep or delete: nothing is applied until OK"));
    connect(addService, &QPushButton::clicked, this, &ServiceEditorDialog::addService);
    connect(removeService, &QPushButton::clicked, this, [this] { removeSelected(m_services); });
    connect(addDependency, &QPushButton::clicked, this, [this] { this->addDependency(); });
    connect(removeDependency, &QPushButton::clicked, this, [this] { removeSelected(m_dependencies); });
    connect(propose, &QPushButton::clicked, this, [this] { proposeFromGroups(); });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Services"), this));
    leftLayout->addWidget(m_services, 1);
    auto *serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(addService);
    serviceButtons->addWidget(removeService);
    serviceButtons->addStretch(1);
    leftLayout->addLayout(serviceButtons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Dependencies"), this));
    rightLayout->addWidget(m_dependencies, 1);
    auto *dependencyButtons = new QHBoxLayout;
    dependencyButtons->addWidget(addDependency);
    dependencyButtons->addWidget(removeDependency);
    dependencyButtons->addWidget(propose);
    dependencyButtons->addStretch(1);
    rightLayout->addLayout(dependencyButtons);
    rightLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1100, 600);

    connect(m_services, &QTableWidget::itemChanged, this, &ServiceEditorDialog::refresh);
    connect(m_dependencies, &QTableWidget::itemChanged, this, &ServiceEditorDialog::refresh);
    load(session->catalogue());
}

void ServiceEditorDialog::load(const ServiceCatalogue &catalogue)
{
    m_loading = true;
    m_loaded = catalogue.services;
    m_services->setRowCount(0);
    m_dependencies->setRowCount(0);
    for (const Service &s : catalogue.services)
        appendService(s);
    for (int row = 0; row < m_services->rowCount(); ++row)
        m_services->item(row, KeyColumn)->setData(kLoadedRole, row);
    for (const Dependency &d : catalogue.dependencies)
        addDependency(d);
    m_loading = false;
    m_services->resizeColumnsToContents();
    refresh();
}

void ServiceEditorDialog::appendService(const Service &service)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = m_services->rowCount();
    m_services->insertRow(row);
    const std::optional<qint64> users = ServiceCatalogue::users(service);
    const QStringList texts {service.key, service.name, users ? QString::number(*users) : QString(),
        ServiceCatalogue::group(service), service.colour, service.note};
    for (int column = 0; column < ServiceColumnCount; ++column)
        m_services->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    m_services->item(row, KeyColumn)->setData(kLoadedRole, -1);
    m_loading = loading;
    refresh();
}

void ServiceEditorDialog::addService()
{
    appendService(Service {});
    m_services->setCurrentCell(m_services->rowCount() - 1, KeyColumn);
    m_services->editItem(m_services->item(m_services->rowCount() - 1, KeyColumn));
}

void ServiceEditorDialog::addDependency(const Dependency &dependency)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = m_dependencies->rowCount();
    m_dependencies->insertRow(row);
    m_dependencies->setItem(row, ServiceOfColumn, new QTableWidgetItem(dependency.service));
    m_dependencies->setItem(row, DependsOnColumn, new QTableWidgetItem(dependency.dependsOn));
    auto *share = new QTableWidgetItem;
    share->setData(Qt::EditRole, dependency.share);
    share->setData(Qt::UserRole, dependency.note);
    m_dependencies->setItem(row, ShareColumn, share);
    m_loading = loading;
    refresh();
}

int ServiceEditorDialog::proposeFromGroups()
{
    const ServiceCatalogue current = edited();
    const ServiceCatalogue proposal = ServiceCatalogue::proposeFromGroups(current.services, current.dependencies);
    for (const Service &s : proposal.services)
        appendService(s);
    for (const Dependency &d : proposal.dependencies)
        addDependency(d);
    if (proposal.dependencies.isEmpty())
        m_problem->setText(tr("No status page groups to propose dependencies from."));
    return int(proposal.dependencies.size());
}

void ServiceEditorDialog::removeSelected(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && table->currentRow() >= 0)
        rows.append(table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        table->removeRow(row);
    refresh();
}

ServiceCatalogue ServiceEditorDialog::edited(QString *problem) const
{
    ServiceCatalogue out;
    QString first;
    const auto note = [&](const QString &why) {
        if (first.isEmpty())
            first = why;
    };
    for (int row = 0; row < m_services->rowCount(); ++row) {
        const int loaded = m_services->item(row, KeyColumn)->data(kLoadedRole).toInt();
        Service s = loaded >= 0 && loaded < m_loaded.size() ? m_loaded.at(loaded) : Service {};
        s.key = cellText(m_services, row, KeyColumn);
        s.name = cellText(m_services, row, NameColumn);
        const QString users = cellText(m_services, row, UsersColumn);
        bool ok = true;
        const qint64 count = users.isEmpty() ? 0 : users.toLongLong(&ok);
        ServiceCatalogue::setUsers(s, users.isEmpty() || !ok ? std::nullopt : std::optional<qint64>(count));
        if (!ok || count < 0)
            note(tr("Row %1: users must be a whole number of 0 or more, or empty when not known.").arg(row + 1));
        ServiceCatalogue::setGroup(s, cellText(m_services, row, GroupColumn));
        s.colour = cellText(m_services, row, ColourColumn);
        if (!s.colour.isEmpty() && !kColour.match(s.colour).hasMatch())
            note(tr("Row %1: a colour is #rrggbb, e.g. #1f77b4, or empty.").arg(row + 1));
        s.note = cellText(m_services, row, NoteColumn);
        out.services.append(s);
    }
    for (int row = 0; row < m_dependencies->rowCount(); ++row) {
        const QTableWidgetItem *share = m_dependencies->item(row, ShareColumn);
        bool ok = false;
        const double value = share ? share->data(Qt::EditRole).toDouble(&ok) : 0.0;
        if (!ok || value < 0.0 || value > 1.0)
            note(tr("Dependency %1: the share is a number from 0 to 1.").arg(row + 1));
        out.dependencies.append(
            {cellText(m_dependencies, row, ServiceOfColumn), cellText(m_dependencies, row, DependsOnColumn), value,
                share ? share->data(Qt::UserRole).toString() : QString()});
    }
    if (first.isEmpty())
        first = out.problem();
    if (problem)
        *problem = first;
    return out;
}

QString ServiceEditorDialog::problemText() const
{
    return m_problem->text();
}

void ServiceEditorDialog::refresh()
{
    if (m_loading)
        return;
    const bool blocked = m_services->blockSignals(true);
    const bool blockedDeps = m_dependencies->blockSignals(true);
    QString problem;
    const ServiceCatalogue catalogue = edited(&problem);
    QSet<QString> seen, keys;
    for (int row = 0; row < catalogue.services.size(); ++row) {
        const Service &s = catalogue.services.at(row);
        mark(m_services, row, KeyColumn,
            s.key.isEmpty()            ? tr("A service needs a key.")
                : seen.contains(s.key) ? tr("Another service has this key.")
                                       : QString());
        seen.insert(s.key);
        const QString users = cellText(m_services, row, UsersColumn);
        bool ok = true;
        const qint64 count = users.isEmpty() ? 0 : users.toLongLong(&ok);
        mark(m_services, row, UsersColumn, ok && count >= 0 ? QString() : tr("A whole number of 0 or more, or empty"));
        mark(m_services, row, ColourColumn,
            s.colour.isEmpty() || kColour.match(s.colour).hasMatch() ? QString() : tr("#rrggbb, or empty"));
    }
    for (int row = 0; row < catalogue.dependencies.size(); ++row) {
        const Dependency &d = catalogue.dependencies.at(row);
        mark(m_dependencies, row, ServiceOfColumn, seen.contains(d.service) ? QString() : tr("Not a service"));
        mark(m_dependencies, row, DependsOnColumn, seen.contains(d.dependsOn) ? QString() : tr("Not a service"));
    }
    m_services->blockSignals(blocked);
    m_dependencies->blockSignals(blockedDeps);
    m_problem->setText(problem);
    m_preview->setCatalogue(catalogue.services, catalogue.dependencies);
}

void ServiceEditorDialog::accept()
{
    QString problem;
    const ServiceCatalogue catalogue = edited(&problem);
    if (problem.isEmpty() && !m_session->saveCatalogue(catalogue.services, catalogue.dependencies))
        problem = tr("The services could not be saved: %1").arg(m_session->storeError());
    if (!problem.isEmpty()) {
        // Said where the user looks, and kept under the tables; the dialog stays open with the edits.
        m_problem->setText(problem);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Services"), problem, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    emit catalogueSaved();
    QDialog::accept();
}
