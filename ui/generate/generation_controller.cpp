#include "generation_controller.h"

#include "generators/rules/rule_generator.h"

namespace docket {

GenerationController::GenerationController(QObject *parent)
    : QObject(parent)
    , m_provider([](const GeneratorSettings &settings) -> Result<std::unique_ptr<TicketGenerator>> {
        // The built-in generator needs nothing from outside; the composition root adds the others.
        if (settings.generatorId == QLatin1String("rules"))
            return std::unique_ptr<TicketGenerator>(std::make_unique<RuleGenerator>());
        return Error{tr("The %1 generator is not available here.").arg(settings.generatorId), {}};
    })
{}

GenerationController::~GenerationController()
{
    if (m_generator)
        m_generator->cancel();
}

void GenerationController::setGeneratorProvider(GeneratorProvider provider)
{
    m_provider = std::move(provider);
}

void GenerationController::start(const GeneratorSettings &settings, const GenerationRequest &request)
{
    if (m_generator) {
        emit failed(tr("A generation is already running; wait for it or cancel it first."));
        return;
    }
    auto created = m_provider(settings);
    if (!created) {
        emit failed(created.error().message);
        return;
    }
    m_generator = std::move(created.value());
    m_documentId = request.document.id;
    const QString generatorId = m_generator->id();

    connect(m_generator.get(), &TicketGenerator::progressChanged, this,
            &GenerationController::progressChanged);
    connect(m_generator.get(), &TicketGenerator::finished, this, [this, generatorId](const DraftSet &drafts) {
        const QString documentId = m_documentId;
        release();
        emit finished(drafts, documentId, generatorId);
    });
    connect(m_generator.get(), &TicketGenerator::failed, this, [this](const QString &message) {
        release();
        emit failed(message);
    });
    emit started(generatorId);
    m_generator->start(request);
}

void GenerationController::cancel()
{
    if (m_generator)
        m_generator->cancel();
}

void GenerationController::release()
{
    // Deleted later: we are inside one of the generator's own signals.
    if (m_generator)
        m_generator.release()->deleteLater();
}

} // namespace docket
