// courier: require('atob'), the same decoder as the legacy global (js/legacy.js).
(function () {
  return __courierLegacyModule().atob;
})
