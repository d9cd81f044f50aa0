#include "generator_factory.h"

#include "generators/llm/ollama_generator.h"
#include "generators/llm/openai_generator.h"
#include "generators/rules/rule_generator.h"
#include "generators/taskforge/taskforge_generator.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace docket {

GeneratorFactory::GeneratorFactory(QNetworkAccessManager *network)
    : m_network(network)
{}

Result<std::unique_ptr<TicketGenerator>> GeneratorFactory::create(const GeneratorSettings &settings) const
{
    if (settings.generatorId == QLatin1String("rules"))
        return std::unique_ptr<TicketGenerator>(std::make_unique<RuleGenerator>());
    if (settings.generatorId == QLatin1String("ollama") || settings.generatorId == QLatin1String("openai")) {
        if (!settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty())
            return Error{
                QCoreApplication::translate("docket::GeneratorFactory", "\"%1\" is not a server URL.")
                    .arg(settings.baseUrl.toString()),
                QStringLiteral("base-url")};
        if (settings.generatorId == QLatin1String("ollama"))
            return std::unique_ptr<TicketGenerator>(std::make_unique<OllamaGenerator>(m_network, settings));
        return std::unique_ptr<TicketGenerator>(
            std::make_unique<OpenAiCompatibleGenerator>(m_network, settings));
    }
    if (settings.generatorId == QLatin1String("taskforge")) {
        if (settings.apiKey.isEmpty())
            return Error{
                QCoreApplication::translate("docket::GeneratorFactory",
                                            "TaskForge needs an API key (DOCKET_TASKFORGE_API_KEY, or the "
                                            "API key field of the Generate dialog)."),
                QStringLiteral("generator")};
        return std::unique_ptr<TicketGenerator>(std::make_unique<TaskForgeGenerator>(m_network, settings));
    }
    return Error{
        QCoreApplication::translate("docket::GeneratorFactory", "Unknown generator \"%1\"; choose one of %2.")
            .arg(settings.generatorId, GeneratorSettings::generatorIds().join(QStringLiteral(", "))),
        QStringLiteral("generator")};
}

Result<DraftSet> runToCompletion(TicketGenerator &generator, const GenerationRequest &request)
{
    QEventLoop loop;
    std::optional<Result<DraftSet>> outcome;
    QObject::connect(&generator, &TicketGenerator::finished, &loop, [&](const DraftSet &set) {
        outcome = set;
        loop.quit();
    });
    QObject::connect(&generator, &TicketGenerator::failed, &loop, [&](const QString &message) {
        outcome = Error{message, generator.id()};
        loop.quit();
    });
    generator.start(request);
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace docket
