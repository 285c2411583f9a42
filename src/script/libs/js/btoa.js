// courier: require('btoa'), the same encoder as the legacy global (js/legacy.js).
(function () {
  return __courierLegacyModule().btoa;
})
