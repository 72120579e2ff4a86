package org.kesher.ground.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction run again, up to three times in all, when the database refused it before its commit
 * was acknowledged ({@link RepeatableFailure}): for work whose every effect is in the transaction
 * (intake, case actions). Bound to {@code ground.boundary.RetriedTransactions}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Retried {}
