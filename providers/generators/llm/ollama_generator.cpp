#include "ollama_generator.h"

#include "prompts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace docket {

namespace {

// One NDJSON line of a streamed answer, or the whole of an answer that was not streamed.
void read(const QJsonObject &object, ChatStream &stream)
{
    if (object.contains(QStringLiteral("error"))) {
        stream.error = object.value(QStringLiteral("error")).toString();
        return;
    }
    stream.content +=
        object.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
    if (!object.value(QStringLiteral("done")).toBool())
        return;
    stream.complete = true;
    stream.finishReason = object.value(QStringLiteral("done_reason")).toString(QStringLiteral("stop"));
    if (object.value(QStringLiteral("prompt_eval_count")).isDouble())
        stream.promptTokens = object.value(QStringLiteral("prompt_eval_count")).toInt();
    if (object.value(QStringLiteral("eval_count")).isDouble())
        stream.completionTokens = object.value(QStringLiteral("eval_count")).toInt();
}

} // namespace

QNetworkRequest OllamaGenerator::chatRequest() const
{
    return jsonRequest(QStringLiteral("/api/chat")); // a key only matters to a proxy in front of Ollama
}

QByteArray OllamaGenerator::chatBody(const QString &system, const QString &user) const
{
    QJsonObject body{
        {QStringLiteral("model"), settings().model},
        {QStringLiteral("stream"), true},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("temperature"), 0}}},
        {QStringLiteral("messages"), messages(system, user)},
    };
    if (outputFormat() == OutputFormat::JsonSchema)
        body.insert(QStringLiteral("format"), llm::ticketsSchema());
    else if (outputFormat() == OutputFormat::JsonObject)
        body.insert(QStringLiteral("format"), QStringLiteral("json"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void OllamaGenerator::consume(QByteArray &buffer, ChatStream &stream) const
{
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(newline).trimmed();
        buffer.remove(0, newline + 1);
        if (!line.isEmpty())
            read(QJsonDocument::fromJson(line).object(), stream);
    }
}

void OllamaGenerator::consumeWhole(const QByteArray &body, ChatStream &stream) const
{
    read(QJsonDocument::fromJson(body).object(), stream);
}

QString OllamaGenerator::serverMessage(const QByteArray &body) const
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
}

bool OllamaGenerator::refusesOutputFormat(int httpStatus, const QString &serverMessage) const
{
    // Before 0.5 Ollama took only "json" as a format.
    return (httpStatus == 400 || httpStatus == 422) &&
           serverMessage.contains(QLatin1String("format"), Qt::CaseInsensitive);
}

} // namespace docket
