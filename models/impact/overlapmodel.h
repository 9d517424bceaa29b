// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// How the users of the services of one audience overlap, for "distinct people affected":
// a person who uses KakaoTalk and Kakao Pay is one person, not two. The public record never
// says who uses which services together, so the figure is a model, named wherever it is shown.
enum class OverlapModel {
    Nested, // the people affected by one service include those of every other: the maximum
    Independent, // a person's services fail independently: size × (1 − Π(1 − affected / size))
    Disjoint, // no one uses two of them: the sum, never above the audience's size
};

namespace OverlapModels {
QString key(OverlapModel model); // "nested", "independent", "disjoint"
std::optional<OverlapModel> fromKey(QStringView key);
QStringList keys();
// Short translated name for menus and tables ("Independent").
QString displayName(OverlapModel model);
// One translated sentence: what the model assumes, and that the range runs from nested to disjoint.
QString describe(OverlapModel model);
} // namespace OverlapModels
