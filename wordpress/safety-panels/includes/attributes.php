<?php
/**
 * The attributes each element takes from a shortcode or a block: a whitelist with a check per value. Anything
 * else, or a value that fails its check, is left out (the element then uses its default).
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** @return array<string, array<string, mixed>> Per tag: attribute => its kind ('bool', 'url', 'text', 'level', a regex, or a list of values). */
function safety_panels_attribute_specs() {
	$common = array(
		'region'        => '/^(?:INTL|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/',
		'lang'          => '/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/',
		'heading-level' => 'level',
		'theme'         => array( 'light', 'dark', 'auto' ),
		'exit'          => 'bool',
		'no-exit'       => 'bool',
		'exit-url'      => 'url',
	);
	return array(
		'warning-signs' => $common + array(
			'audience'    => array( 'parent', 'educator', 'teen', 'child' ),
			'checklist'   => 'bool',
			'report-href' => 'url',
			'compact'     => 'bool',
		),
		'report-help'   => $common + array(
			'variant'    => array( 'button' ),
			'label'      => 'text',
			'report-url' => 'url',
			'context'    => 'text',
			'situation'  => array( 'sextortion', 'minor-images', 'ncii', 'csam-found', 'adult-contact', 'trafficking', 'worried' ),
			'audience'   => array( 'child', 'teen', 'parent', 'educator', 'adult' ),
			'groups'     => '/^[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*)*$/',
		),
		'hotline-list'  => $common + array(
			'audience'   => array( 'child', 'teen', 'parent', 'educator', 'adult' ),
			'topics'     => '/^[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*)*$/',
			'channels'   => '/^(?:phone|text|chat|web|email)(?: (?:phone|text|chat|web|email))*$/',
			'compact'    => 'bool',
			'text-first' => 'bool',
		),
	);
}

/**
 * A block attribute's name for an element attribute: `heading-level` → `headingLevel`.
 *
 * @param string $name The element's attribute.
 * @return string
 */
function safety_panels_camel( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * The attributes that pass, from a shortcode's (kebab-case, and bare words for booleans) or a block's (camelCase).
 *
 * @param string $tag   The element.
 * @param mixed  $given What the shortcode or block was given.
 * @return array<string, string|true> Attribute => value (true: a boolean attribute that is present).
 */
function safety_panels_clean_attributes( $tag, $given ) {
	$specs = safety_panels_attribute_specs();
	$clean = array();
	if ( ! isset( $specs[ $tag ] ) || ! is_array( $given ) ) {
		return $clean;
	}
	foreach ( $specs[ $tag ] as $name => $kind ) {
		$value = null;
		foreach ( array( $name, safety_panels_camel( $name ), str_replace( '-', '_', $name ) ) as $key ) {
			if ( array_key_exists( $key, $given ) ) {
				$value = $given[ $key ];
				break;
			}
		}
		if ( 'bool' === $kind && null === $value && in_array( $name, $given, true ) ) {
			$value = true; // [hotline_list compact]: a bare word is a numbered attribute.
		}
		if ( null === $value || false === $value || '' === $value ) {
			continue;
		}
		$ok = safety_panels_clean_value( $kind, $value );
		if ( null !== $ok ) {
			$clean[ $name ] = $ok;
		}
	}
	return $clean;
}

/**
 * One value, checked by its kind.
 *
 * @param mixed $kind  'bool', 'url', 'text', 'level', a regex, or a list of values.
 * @param mixed $value The value given.
 * @return string|true|null null when it fails.
 */
function safety_panels_clean_value( $kind, $value ) {
	if ( 'bool' === $kind ) {
		return ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on' ), true ) ) ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( is_array( $kind ) ) {
		return in_array( $value, $kind, true ) ? $value : null;
	}
	if ( 'url' === $kind ) {
		return safety_panels_is_link( $value ) ? $value : null;
	}
	if ( 'text' === $kind ) {
		$text = safety_panels_plain_text( $value, 200 );
		return is_string( $text ) && '' !== $text ? $text : null;
	}
	if ( 'level' === $kind ) {
		return preg_match( '/^[1-6]$/', $value ) ? $value : null;
	}
	return preg_match( $kind, $value ) ? $value : null;
}

/**
 * Whether the element shows its quick exit with these attributes (as the elements decide it).
 *
 * @param string                     $tag   The element.
 * @param array<string, string|true> $attrs Its clean attributes.
 * @return bool
 */
function safety_panels_exit_shown( $tag, $attrs ) {
	if ( isset( $attrs['no-exit'] ) ) {
		return false;
	}
	if ( 'report-help' === $tag || isset( $attrs['exit'] ) ) {
		return true;
	}
	return 'warning-signs' === $tag && isset( $attrs['audience'] ) && in_array( $attrs['audience'], array( 'teen', 'child' ), true );
}
