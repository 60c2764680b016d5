// The client's area modules, one line per area folder: KIKAN_CLIENT_MODULE(<folder>) names the
// folder client/<folder>/ (added to the build by client/CMakeLists.txt, which reads this file)
// and its factory kikan::client::<folder>::areaModule() (client/<folder>/module.cpp).
// Included only by modules.cpp, which defines KIKAN_CLIENT_MODULE before each inclusion.
KIKAN_CLIENT_MODULE(resident)
KIKAN_CLIENT_MODULE(migration)
KIKAN_CLIENT_MODULE(admin)
KIKAN_CLIENT_MODULE(seal_registration)
KIKAN_CLIENT_MODULE(electoral_roll)
KIKAN_CLIENT_MODULE(light_vehicle_tax)
KIKAN_CLIENT_MODULE(revenue)
