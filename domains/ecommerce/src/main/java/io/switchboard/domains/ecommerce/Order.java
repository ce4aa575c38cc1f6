package io.switchboard.domains.ecommerce;

import java.time.LocalDate;
import java.util.Optional;

/** What the tenant's order system says about an order; {@code deliveredOn} is empty until delivery. */
public record Order(String number, String status, Optional<LocalDate> deliveredOn) {}
