// The server's modules, one line each, in start order (server/module/module.h). Adding an area is
// one line here: KIKAN_MODULE(<folder>), where server/<folder>/module.cpp defines
// kikan::<folder>::createModule(). server/CMakeLists.txt reads this file to build each folder.
KIKAN_MODULE(auth)
KIKAN_MODULE(audit)
KIKAN_MODULE(verification)
KIKAN_MODULE(jobs)
KIKAN_MODULE(mass_printing)
KIKAN_MODULE(resident)
KIKAN_MODULE(non_resident)
KIKAN_MODULE(light_vehicle_tax)
KIKAN_MODULE(migration)
KIKAN_MODULE(operations)
KIKAN_MODULE(seal_registration)
KIKAN_MODULE(electoral_roll)
KIKAN_MODULE(revenue)
KIKAN_MODULE(bank_account)
