#include "openai_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace docket {

QNetworkRequest OpenAiCompatibleGenerator::chatRequest() const
{
    // Base URLs come with and without the /v1 that most servers put in front.
    const bool versioned = settings().baseUrl.path().contains(QRegularExpression(QStringLiteral("/v1/*$")));
    QNetworkRequest request =
        jsonRequest(versioned ? QStringLiteral("/chat/completions") : QStringLiteral("/v1/chat/completions"));
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
    if (m_structuredOutput)
        request.insert(QStringLiteral("response_format"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

bool OpenAiCompatibleGenerator::dropStructuredOutput(int httpStatus, const QString &serverMessage)
{
    if (!m_structuredOutput || (httpStatus != 400 && httpStatus != 422) ||
        !serverMessage.contains(QLatin1String("response_format"), Qt::CaseInsensitive))
        return false;
    m_structuredOutput = false; // the prompt still asks for JSON, and the answer is checked anyway
    return true;
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
            continue;
        const QJsonObject object = QJsonDocument::fromJson(data).object();
        if (object.contains(QStringLiteral("error"))) {
            stream.error =
                object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            continue;
        }
        for (const QJsonValue &choice : object.value(QStringLiteral("choices")).toArray()) {
            const QJsonObject delta = choice.toObject().value(QStringLiteral("delta")).toObject();
            stream.content += delta.value(QStringLiteral("content")).toString();
            const QJsonValue reason = choice.toObject().value(QStringLiteral("finish_reason"));
            if (reason.isString())
                stream.finishReason = reason.toString();
        }
        const QJsonObject usage = object.value(QStringLiteral("usage")).toObject();
        if (usage.value(QStringLiteral("prompt_tokens")).isDouble())
            stream.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt();
        if (usage.value(QStringLiteral("completion_tokens")).isDouble())
            stream.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt();
    }
}

QString OpenAiCompatibleGenerator::serverMessage(const QByteArray &body) const
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    return error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
}

} // namespace docket
