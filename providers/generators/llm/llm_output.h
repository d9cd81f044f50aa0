#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace docket::llm {

// What models wrap their JSON in: <think>...</think> reasoning (also left open at the start),
// ``` or ```json fences, and prose before or after. Returns the outermost JSON object.
Result<QJsonObject> extractJsonObject(const QString &modelOutput);

QString withoutThinking(const QString &modelOutput);

} // namespace docket::llm
