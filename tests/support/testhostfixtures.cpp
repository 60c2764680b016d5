// The host's fixtures (testhostfixtures.h): each runs the in-process version of its kit.
#include "testhostfixtures.h"

#include "tests/server/mass_printing/noticeregister.h"
#include "tests/server/revenue/assessmentfixture.h"

#include <stdexcept>

namespace kikan::test {

QJsonObject runFixture(TestServer &server, const QJsonObject &request)
{
    const QString name = request.value(QStringLiteral("name")).toString();
    if (name == QLatin1String("noticeRegister")) {
        writeNoticeRegister(server, request.value(QStringLiteral("taxpayers")).toInt());
        return {};
    }
    if (name == QLatin1String("assessment"))
        return {{"id", createAssessment(server, testAssessmentFromJson(request))}};
    throw std::runtime_error("unknown fixture " + name.toStdString());
}

} // namespace kikan::test
