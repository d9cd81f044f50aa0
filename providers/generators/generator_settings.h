#pragma once

#include <QString>
#include <QUrl>

namespace docket {

// What a PM chooses when asking for drafts. The API key is held in memory while it is used and,
// when the PM asks, kept in the OS keychain under apiKeySecretKey(); it is never written to
// settings, the workspace or logs.
struct GeneratorSettings {
    QString generatorId = QStringLiteral("rules"); // rules | ollama | openai | taskforge
    QUrl baseUrl;                                  // empty: the backend's default
    QString model;
    QString apiKey;
    int timeoutSeconds = 120;    // the longest a model server may stay silent
    int chunkCharacters = 12000; // a document is sent section by section, at most this much at once

    static QStringList generatorIds();
    static QUrl defaultBaseUrl(const QString &generatorId);
    static QString defaultModel(const QString &generatorId);
    // The keychain key of a server's API key: one per generator and host, so two servers never
    // share (or overwrite) a key.
    static QString apiKeySecretKey(const QString &generatorId, const QUrl &baseUrl);
    bool needsApiKey() const
    {
        return generatorId == QLatin1String("openai") || generatorId == QLatin1String("taskforge");
    }
};

} // namespace docket
