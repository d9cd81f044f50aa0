#include "generator_settings.h"

namespace docket {

QStringList GeneratorSettings::generatorIds()
{
    return {QStringLiteral("rules"), QStringLiteral("ollama"), QStringLiteral("openai"),
            QStringLiteral("taskforge")};
}

QUrl GeneratorSettings::defaultBaseUrl(const QString &generatorId)
{
    // Local servers by default: nothing leaves the machine unless the PM points it elsewhere.
    if (generatorId == QLatin1String("ollama"))
        return QUrl(QStringLiteral("http://127.0.0.1:11434"));
    if (generatorId == QLatin1String("openai"))
        return QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
    if (generatorId == QLatin1String("taskforge"))
        return QUrl(QStringLiteral("http://127.0.0.1:8080"));
    return {};
}

QString GeneratorSettings::defaultModel(const QString &generatorId)
{
    if (generatorId == QLatin1String("ollama"))
        return QStringLiteral("qwen3:1.7b");
    if (generatorId == QLatin1String("openai"))
        return QStringLiteral("gpt-4o-mini");
    return {};
}

QString GeneratorSettings::apiKeySecretKey(const QString &generatorId, const QUrl &baseUrl)
{
    const QUrl server = baseUrl.isEmpty() ? defaultBaseUrl(generatorId) : baseUrl;
    return QStringLiteral("generator/%1/%2").arg(generatorId, server.authority(QUrl::FullyEncoded));
}

} // namespace docket
