#include "openai_generator.h"

#include "prompts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace docket {

namespace {

// One server-sent event of a streamed answer (choices carry a delta), or the whole of an answer
// that was not streamed (choices carry a message).
void read(const QJsonObject &object, ChatStream &stream)
{
    if (object.contains(QStringLiteral("error"))) {
        const QJsonValue error = object.value(QStringLiteral("error"));
        stream.error = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString()
                                        : error.toString();
        return;
    }
    for (const QJsonValue &value : object.value(QStringLiteral("choices")).toArray()) {
        const QJsonObject choice = value.toObject();
        const QJsonObject delta = choice.contains(QStringLiteral("delta"))
                                      ? choice.value(QStringLiteral("delta")).toObject()
                                      : choice.value(QStringLiteral("message")).toObject();
        stream.content += delta.value(QStringLiteral("content")).toString();
        const QJsonValue reason = choice.value(QStringLiteral("finish_reason"));
        if (reason.isString()) {
            stream.finishReason = reason.toString();
            stream.complete = true;
        }
    }
    const QJsonObject usage = object.value(QStringLiteral("usage")).toObject();
    if (usage.value(QStringLiteral("prompt_tokens")).isDouble())
        stream.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt();
    if (usage.value(QStringLiteral("completion_tokens")).isDouble())
        stream.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt();
}

} // namespace

QNetworkRequest OpenAiCompatibleGenerator::chatRequest() const
{
    // Base URLs come with and without the /v1 that most servers put in front.
    static const QRegularExpression versioned(QStringLiteral("/v1/*$"));
    QNetworkRequest request =
        jsonRequest(settings().baseUrl.path().contains(versioned) ? QStringLiteral("/chat/completions")
                                                                  : QStringLiteral("/v1/chat/completions"));
    request.setRawHeader("Accept", "text/event-stream");
    return request;
}

QByteArray OpenAiCompatibleGenerator::chatBody(const QString &system, const QString &user) const
{
    QJsonObject request{
        {QStringLiteral("model"), settings().model},
        {QStringLiteral("stream"), true},
        {QStringLiteral("temperature"), 0},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
        {QStringLiteral("messages"), messages(system, user)},
    };
    if (outputFormat() == OutputFormat::JsonSchema) {
        // Not strict: strict mode demands every property be required, and criteria must stay optional.
        const QJsonObject schema{{QStringLiteral("name"), QStringLiteral("tickets_result")},
                                 {QStringLiteral("strict"), false},
                                 {QStringLiteral("schema"), llm::ticketsSchema()}};
        request.insert(QStringLiteral("response_format"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                   {QStringLiteral("json_schema"), schema}});
    } else if (outputFormat() == OutputFormat::JsonObject) {
        request.insert(QStringLiteral("response_format"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    }
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

bool OpenAiCompatibleGenerator::refusesOutputFormat(int httpStatus, const QString &serverMessage) const
{
    return (httpStatus == 400 || httpStatus == 422) &&
           (serverMessage.contains(QLatin1String("response_format"), Qt::CaseInsensitive) ||
            serverMessage.contains(QLatin1String("json_schema"), Qt::CaseInsensitive));
}

void OpenAiCompatibleGenerator::consume(QByteArray &buffer, ChatStream &stream) const
{
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(newline).trimmed();
        buffer.remove(0, newline + 1);
        if (!line.startsWith("data:"))
            continue; // comments, event names and the blank lines between events
        const QByteArray data = line.mid(5).trimmed();
        if (data == "[DONE]")
            stream.complete = true;
        else
            read(QJsonDocument::fromJson(data).object(), stream);
    }
}

void OpenAiCompatibleGenerator::consumeWhole(const QByteArray &body, ChatStream &stream) const
{
    read(QJsonDocument::fromJson(body).object(), stream);
}

QString OpenAiCompatibleGenerator::serverMessage(const QByteArray &body) const
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    return error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
}

} // namespace docket
