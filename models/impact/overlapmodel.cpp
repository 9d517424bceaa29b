// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/overlapmodel.h"

#include <QCoreApplication>

namespace OverlapModels {

QString key(OverlapModel model)
{
    switch (model) {
    case OverlapModel::Nested:
        return QStringLiteral("nested");
    case OverlapModel::Disjoint:
        return QStringLiteral("disjoint");
    case OverlapModel::Independent:
        break;
    }
    return QStringLiteral("independent");
}

std::optional<OverlapModel> fromKey(QStringView key)
{
    for (OverlapModel m : {OverlapModel::Nested, OverlapModel::Independent, OverlapModel::Disjoint})
        if (key.trimmed().compare(OverlapModels::key(m), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

QStringList keys()
{
    return {key(OverlapModel::Nested), key(OverlapModel::Independent), key(OverlapModel::Disjoint)};
}

QString displayName(OverlapModel model)
{
    switch (model) {
    case OverlapModel::Nested:
        return QCoreApplication::translate("OverlapModel", "Nested");
    case OverlapModel::Disjoint:
        return QCoreApplication::translate("OverlapModel", "Disjoint");
    case OverlapModel::Independent:
        break;
    }
    return QCoreApplication::translate("OverlapModel", "Independent");
}

QString describe(OverlapModel model)
{
    QString central;
    switch (model) {
    case OverlapModel::Nested:
        central = QCoreApplication::translate("OverlapModel",
            "Distinct people are counted as nested: everyone affected by a smaller service of an audience is "
            "taken to be among those affected by its largest one, so the figure is the largest service's.");
        break;
    case OverlapModel::Disjoint:
        central = QCoreApplication::translate("OverlapModel",
            "Distinct people are counted as disjoint: no one is taken to use two services of an audience, so "
            "the figure adds them up, but never past the audience's size.");
        break;
    case OverlapModel::Independent:
        central = QCoreApplication::translate("OverlapModel",
            "Distinct people are counted as independent: a person's services are taken to fail independently, "
            "so of an audience of N people, N × (1 − Π(1 − affected ÷ N)) are affected by at least one.");
        break;
    }
    return central + u' '
        + QCoreApplication::translate("OverlapModel",
            "The range runs from nested (the largest service alone) to disjoint (the sum, capped at the "
            "audience's size). Services of different audiences add up; a service with no audience is an "
            "audience of its own users.");
}

} // namespace OverlapModels
