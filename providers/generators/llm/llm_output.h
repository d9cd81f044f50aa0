#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace docket::llm {

// What models wrap their JSON in: <think>...</think> reasoning (also a closing tag without its
// opening one; an opening tag never closed hides the rest), ``` or ```json fences, and prose before
// or after. Returns the first complete JSON object in what is left, braces inside strings
// respected, so prose after the object may contain braces too.
Result<QJsonObject> extractJsonObject(const QString &modelOutput);

QString withoutThinking(const QString &modelOutput);

// The answer as a tickets result: a full tickets.result.v1 object or a bare {"tickets": [...]} is
// taken as it is, a lone ticket object becomes a list of one; anything else is an error.
Result<QJsonObject> ticketsAnswer(const QJsonObject &answer);

} // namespace docket::llm
