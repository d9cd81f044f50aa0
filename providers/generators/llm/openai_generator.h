#pragma once

#include "chat_generator.h"

namespace docket {

// Any OpenAI-compatible /chat/completions endpoint (base URL with or without its /v1), streamed
// as server-sent events. Output format: response_format json_schema (the tickets schema) or
// json_object; a server that rejects response_format is asked again without it.
class OpenAiCompatibleGenerator : public ChatGenerator {
    Q_OBJECT
public:
    using ChatGenerator::ChatGenerator;
    QString id() const override { return QStringLiteral("openai"); }

protected:
    QNetworkRequest chatRequest() const override;
    QByteArray chatBody(const QString &system, const QString &user) const override;
    void consume(QByteArray &buffer, ChatStream &stream) const override;
    void consumeWhole(const QByteArray &body, ChatStream &stream) const override;
    QString serverMessage(const QByteArray &body) const override;
    bool refusesOutputFormat(int httpStatus, const QString &serverMessage) const override;
};

} // namespace docket
