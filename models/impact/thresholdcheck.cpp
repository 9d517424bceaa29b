// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/thresholdcheck.h"

ThresholdCheck::Verdict ThresholdCheck::any(const QList<Verdict> &verdicts)
{
    bool open = false;
    for (Verdict v : verdicts) {
        if (v == Verdict::Met)
            return Verdict::Met;
        open = open || v == Verdict::Unknown || v == Verdict::ToBeEntered;
    }
    return open ? Verdict::Unknown : Verdict::NotMet;
}
