// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quiztypes.h"

#include <QQmlEngine>

/// Claimscope::Quiz in QML, as `Quiz`: the item types (Quiz.TrueFalse, …)
/// and the run kinds (Quiz.Lesson, Quiz.Booster).
namespace QuizForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Claimscope::Quiz)
QML_NAMED_ELEMENT(Quiz)
} // namespace QuizForeign
