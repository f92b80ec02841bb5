<?php
/**
 * One element's HTML for a page, shared by the shortcodes and the blocks: the element with its attributes, then
 * inside it either the prerendered help (a declarative shadow root made at build time) or a short fallback that
 * shows without JavaScript, and the site's manifest.
 *
 * @package SafetyPanels
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** @return array<string, string> Shortcode => element. */
function safety_panels_shortcodes() {
	return array(
		'warning_signs' => 'warning-signs',
		'report_help'   => 'report-help',
		'hotline_list'  => 'hotline-list',
	);
}

/** Registers [warning_signs], [report_help] and [hotline_list]. */
function safety_panels_register_shortcodes() {
	foreach ( safety_panels_shortcodes() as $shortcode => $tag ) {
		add_shortcode(
			$shortcode,
			static function ( $atts ) use ( $tag ) {
				return safety_panels_render( $tag, is_array( $atts ) ? $atts : array() );
			}
		);
	}
}

/**
 * The language and region a panel will show, as the element itself picks them: its attribute, else the site's
 * setting, else the site's own language (en_GB → en and GB).
 *
 * @param array<string, string|true> $attrs    Clean attributes.
 * @param array<string, mixed>       $settings Checked settings.
 * @return array{0: string, 1: string} Language and region ('' when the visitor's browser will decide).
 */
function safety_panels_place( $attrs, $settings ) {
	$locale = explode( '_', get_locale() );
	$lang   = isset( $attrs['lang'] ) ? $attrs['lang'] : ( '' !== $settings['lang'] ? $settings['lang'] : strtolower( $locale[0] ) );
	$region = isset( $attrs['region'] ) ? $attrs['region'] : $settings['region'];
	if ( '' === $region && isset( $locale[1] ) && in_array( strtoupper( $locale[1] ), safety_panels_builtin()['regions'], true ) ) {
		$region = strtoupper( $locale[1] );
	}
	return array( strtolower( explode( '-', $lang )[0] ), $region );
}

/**
 * The element's HTML.
 *
 * @param string $tag   warning-signs, report-help or hotline-list.
 * @param mixed  $given Attributes from a shortcode or a block.
 * @return string
 */
function safety_panels_render( $tag, $given ) {
	$settings = safety_panels_settings();
	$attrs    = safety_panels_clean_attributes( $tag, $given );
	list( $lang, $region ) = safety_panels_place( $attrs, $settings );
	if ( '' !== $region ) {
		$attrs['region'] = $region;
	}
	if ( '' !== $settings['lang'] && ! isset( $attrs['lang'] ) ) {
		$attrs['lang'] = $settings['lang'];
	}
	if ( '' !== $settings['exit_url'] && ! isset( $attrs['exit-url'] ) ) {
		$attrs['exit-url'] = $settings['exit_url'];
	}
	if ( 'report-help' === $tag && '' !== $settings['report_url'] && ! isset( $attrs['report-url'] ) ) {
		$attrs['report-url'] = $settings['report_url'];
	}
	safety_panels_enqueue();
	$manifest = safety_panels_site_manifest( $settings );
	$fragment = null === $manifest ? safety_panels_fragment( $tag, $lang, $region, $attrs ) : null;
	if ( null !== $fragment ) {
		// The page's attributes that the renderer did not write go into the fragment's start tag.
		$start = substr( $fragment, 0, (int) strpos( $fragment, '>' ) );
		preg_match_all( '/\s([a-z][a-z0-9-]*)/', $start, $names );
		$extra = array_diff_key( $attrs, array_flip( $names[1] ) );
		return '<' . $tag . safety_panels_attribute_html( $extra ) . substr( $fragment, strlen( $tag ) + 1 );
	}
	$static = safety_panels_static_copy( $tag, $lang, $region, $attrs, $settings );
	$inner  = safety_panels_fallback( $tag, $lang, $region, $attrs, $settings, '' !== $static );
	if ( null !== $manifest ) {
		$inner .= safety_panels_manifest_script( $manifest );
	}
	return $static . '<' . $tag . safety_panels_attribute_html( $attrs ) . '>' . $inner . '</' . $tag . '>';
}

/**
 * For a page without JavaScript, where the prerendered element cannot be the live one (the site adds a counsellor,
 * hides services, or sets its exit or report link): the prerendered help as a static copy inside `<noscript>`,
 * which only a browser without scripts draws, with the site's settings applied to it: hidden services taken out,
 * the exit link pointing where the site says, the counsellor and report link beside it. The live element's short
 * fallback is then hidden by a style in the same `<noscript>`. With scripts, the copy is never parsed (nor
 * hydrated against data it was not drawn from).
 *
 * @param string                     $tag      The element.
 * @param string                     $lang     Its language.
 * @param string                     $region   Its region.
 * @param array<string, string|true> $attrs    Its clean attributes.
 * @param array<string, mixed>       $settings Checked settings.
 * @return string The `<noscript>` element, or '' when no prerendered copy fits.
 */
function safety_panels_static_copy( $tag, $lang, $region, $attrs, $settings ) {
	$applied = array( 'exit-url', 'report-url' );
	if ( 'warning-signs' === $tag && isset( $attrs['audience'] ) && in_array( $attrs['audience'], array( 'parent', 'adult' ), true ) ) {
		$applied[] = 'audience'; // The adults' signs, as drawn without an audience.
	}
	$fragment = safety_panels_fragment( $tag, $lang, $region, array_diff_key( $attrs, array_flip( $applied ) ) );
	if ( null === $fragment ) {
		return '';
	}
	$before = $fragment;
	foreach ( $settings['hide'] as $id ) {
		$fragment = safety_panels_without_item( $fragment, $id );
		if ( preg_match( '/["\s-]' . preg_quote( $id, '/' ) . '["\s]/', $fragment ) ) {
			return ''; // Shown in a way this cannot take out: better the short fallback than a hidden service.
		}
	}
	if ( $fragment !== $before ) {
		// "15 services shown" counted the ones taken out.
		$fragment = (string) preg_replace( '/<p part="count"[^>]*>.*?<\/p>/s', '', $fragment, 1 );
	}
	if ( isset( $attrs['exit-url'] ) ) {
		$default  = 'href="' . esc_url( safety_panels_builtin()['exitUrl'] ) . '"';
		$fragment = str_replace( $default, 'href="' . esc_url( $attrs['exit-url'], array( 'http', 'https' ) ) . '"', $fragment );
	}
	$site = array();
	if ( '' !== $settings['counsellor_name'] && 'warning-signs' !== $tag ) {
		$site[] = safety_panels_fallback_counsellor( $settings );
	}
	if ( isset( $attrs['report-url'] ) ) {
		$site[] = safety_panels_fallback_report_link( $attrs['report-url'], $lang );
	}
	$site = $site ? '<div class="safety-panels-site-help">' . implode( '', $site ) . '</div>' : '';
	// The site's own help first, as the element shows it, but after the copy's quick exit, which leads.
	$exit_first = safety_panels_exit_shown( $tag, $attrs );
	return '<noscript><style>.safety-panels-covered{display:none}</style>' . ( $exit_first ? $fragment . $site : $site . $fragment ) . '</noscript>';
}

/**
 * The fragment without the element that carries `data-id="$id"` (a listed service), start tag to its end tag.
 *
 * @param string $html The fragment.
 * @param string $id   A service's id (checked: letters, digits and hyphens).
 * @return string
 */
function safety_panels_without_item( $html, $id ) {
	while ( preg_match( '/<([a-z]+)\b[^>]*\sdata-id="' . preg_quote( $id, '/' ) . '"/', $html, $found, PREG_OFFSET_CAPTURE ) ) {
		$name  = $found[1][0];
		$start = $found[0][1];
		$depth = 0;
		$at    = $start;
		while ( preg_match( '/<(\/?)' . $name . '[\s>]/', $html, $edge, PREG_OFFSET_CAPTURE, $at ) ) {
			$depth += '/' === $edge[1][0] ? -1 : 1;
			$at     = $edge[0][1] + strlen( $edge[0][0] );
			if ( 0 === $depth ) {
				break;
			}
		}
		if ( 0 !== $depth ) {
			return $html; // Unbalanced: left as it is, and the caller sees the id still there.
		}
		$html = substr( $html, 0, $start ) . substr( $html, $at );
	}
	return $html;
}

/**
 * Attributes as HTML, each escaped (links as links).
 *
 * @param array<string, string|true> $attrs Clean attributes.
 * @return string ' name="value" name' …
 */
function safety_panels_attribute_html( $attrs ) {
	$html = '';
	foreach ( $attrs as $name => $value ) {
		$link  = '-url' === substr( $name, -4 ) || 'report-href' === $name;
		$html .= ' ' . $name . ( true === $value ? '' : '="' . ( $link ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value ) ) . '"' );
	}
	return $html;
}

/**
 * The prerendered element for this language and region, if the build made one and these attributes would render
 * the same as it was rendered (region and language only; the exit's address only where no exit shows).
 *
 * @param string                     $tag    The element.
 * @param string                     $lang   Its language.
 * @param string                     $region Its region.
 * @param array<string, string|true> $attrs  Its clean attributes.
 * @return string|null The whole element as the renderer wrote it (trusted: the plugin's own build made it), or null.
 */
function safety_panels_fragment( $tag, $lang, $region, $attrs ) {
	$neutral = array( 'region', 'lang' );
	if ( ! safety_panels_exit_shown( $tag, $attrs ) ) {
		$neutral[] = 'exit-url';
	}
	if ( array_diff( array_keys( $attrs ), $neutral ) || ! preg_match( '/^(?:INTL|[A-Z]{2})$/', $region ) || ! preg_match( '/^[a-z]{2,3}$/', $lang ) ) {
		return null;
	}
	$file = SAFETY_PANELS_DIR . 'prerendered/' . $tag . '/' . $lang . '/' . $region . '.html';
	if ( ! is_readable( $file ) ) {
		return null;
	}
	$html = file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
	return is_string( $html ) ? $html : null;
}

/**
 * What shows before the script runs, or without JavaScript: the quick exit as a plain link, the emergency number,
 * the site's own counsellor and report link. The element's own content replaces it when the script runs.
 *
 * @param string                     $tag      The element.
 * @param string                     $lang     Its language.
 * @param string                     $region   Its region.
 * @param array<string, string|true> $attrs    Its clean attributes.
 * @param array<string, mixed>       $settings Checked settings.
 * @param bool                       $covered  A static copy in `<noscript>` stands in for it without JavaScript.
 * @return string
 */
function safety_panels_fallback( $tag, $lang, $region, $attrs, $settings, $covered = false ) {
	$builtin = safety_panels_builtin();
	$lines   = array();
	if ( safety_panels_exit_shown( $tag, $attrs ) ) {
		$exit    = isset( $attrs['exit-url'] ) ? $attrs['exit-url'] : $builtin['exitUrl'];
		$lines[] = '<p class="safety-panels-exit"><a href="' . esc_url( $exit, array( 'http', 'https' ) ) . '" rel="noreferrer">' . esc_html( safety_panels_word( 'exit.button', $lang ) ) . '</a></p>';
	}
	$young   = isset( $attrs['audience'] ) && in_array( $attrs['audience'], array( 'teen', 'child' ), true );
	$heading = array(
		'warning-signs' => $young ? 'signs.heading.young' : 'signs.heading.adult',
		'report-help'   => 'report.heading',
		'hotline-list'  => 'hotline.heading',
	);
	$lines[] = '<p><strong>' . esc_html( safety_panels_word( $heading[ $tag ], $lang ) ) . '</strong></p>';
	$numbers = isset( $builtin['emergency'][ $region ] ) ? $builtin['emergency'][ $region ] : array();
	if ( $numbers ) {
		$links = array();
		foreach ( $numbers as $number ) {
			$links[] = '<a href="' . esc_url( 'tel:' . $number, array( 'tel' ) ) . '">' . esc_html( $number ) . '</a>';
		}
		$lines[] = '<p>' . esc_html( safety_panels_word( 'emergency.lead', $lang ) ) . ' ' . implode( ' ' . esc_html( safety_panels_word( 'emergency.or', $lang ) ) . ' ', $links ) . '</p>';
	} else {
		$lines[] = '<p>' . esc_html( safety_panels_word( 'emergency.none', $lang ) ) . '</p>';
	}
	if ( '' !== $settings['counsellor_name'] && 'warning-signs' !== $tag ) {
		$lines[] = safety_panels_fallback_counsellor( $settings );
	}
	if ( isset( $attrs['report-url'] ) ) {
		$lines[] = safety_panels_fallback_report_link( $attrs['report-url'], $lang );
	}
	return '<div class="safety-panels-fallback' . ( $covered ? ' safety-panels-covered' : '' ) . '">' . implode( '', $lines ) . '</div>';
}

/**
 * The site's own report link, for the fallback.
 *
 * @param string $url  Checked link.
 * @param string $lang Language.
 * @return string
 */
function safety_panels_fallback_report_link( $url, $lang ) {
	return '<p><a href="' . esc_url( $url, array( 'http', 'https' ) ) . '">' . esc_html( safety_panels_word( 'platform.site', $lang ) ) . '</a></p>';
}

/**
 * The site's counsellor, for the fallback.
 *
 * @param array<string, mixed> $settings Checked settings.
 * @return string
 */
function safety_panels_fallback_counsellor( $settings ) {
	$html = '<p><strong>' . esc_html( $settings['counsellor_name'] ) . '</strong>: ' . esc_html( $settings['counsellor_description'] );
	if ( '' !== $settings['counsellor_phone'] ) {
		$html .= ' <a href="' . esc_url( 'tel:' . safety_panels_dial_number( $settings['counsellor_phone'] ), array( 'tel' ) ) . '">' . esc_html( $settings['counsellor_phone'] ) . '</a>';
	}
	if ( '' !== $settings['counsellor_url'] ) {
		$html .= ' <a href="' . esc_url( $settings['counsellor_url'], array( 'https' ) ) . '">' . esc_html( $settings['counsellor_url'] ) . '</a>';
	}
	return $html . '</p>';
}
