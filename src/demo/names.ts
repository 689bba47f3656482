/** Word lists of the demo team: invented names, real communes and postal codes of the Lyon area. */

export const FIRST_NAMES: readonly string[] = [
  'Sophie Nathalie Isabelle Camille Julie Émilie Céline Aurélie Sandrine Laure Manon Léa Claire Hélène',
  'Valérie Inès Sarah Nadia Pauline Marion Nicolas Julien Sébastien Laurent Stéphane Olivier Mathieu',
  'Antoine Romain David Franck Jérôme Guillaume Yannick Mehdi Hugo Lucas Bruno Patrice Vincent',
].flatMap((line) => line.split(' '));

export const LAST_NAMES: readonly string[] = [
  'Bernard Petit Durand Moreau Laurent Simon Michel Garcia Roux Fournier Girard Bonnet Dupont Lambert',
  'Fontaine Rousseau Vincent Muller Faure Blanc Guérin Boyer Chevalier Perrin Morel Mathieu Clément',
  'Gauthier Robin Masson Sanchez Nicolas Henry Roussel Brun Marchand Barbier Arnaud Perret Chabert',
  'Brunet Collet Bouvier Rey Giraud Carron Vial Pichon Chapuis Ferrand',
].flatMap((line) => line.split(' '));

/**
 * A commune, its postal code, its distance by road from the agency (Lyon 7e) in km, and its
 * approximate centre (WGS84, rounded to ~100 m) so that `/plan route` can order the demo's visits.
 */
export interface Place {
  readonly city: string;
  readonly postalCode: string;
  readonly km: number;
  readonly lat: number;
  readonly lon: number;
}

export const PLACES: readonly Place[] = [
  { city: 'Lyon', postalCode: '69001', km: 4, lat: 45.77, lon: 4.829 },
  { city: 'Lyon', postalCode: '69002', km: 3, lat: 45.749, lon: 4.827 },
  { city: 'Lyon', postalCode: '69003', km: 4, lat: 45.76, lon: 4.85 },
  { city: 'Lyon', postalCode: '69004', km: 7, lat: 45.778, lon: 4.827 },
  { city: 'Lyon', postalCode: '69005', km: 6, lat: 45.756, lon: 4.803 },
  { city: 'Lyon', postalCode: '69006', km: 5, lat: 45.773, lon: 4.852 },
  { city: 'Lyon', postalCode: '69007', km: 2, lat: 45.733, lon: 4.84 },
  { city: 'Lyon', postalCode: '69008', km: 4, lat: 45.735, lon: 4.87 },
  { city: 'Lyon', postalCode: '69009', km: 8, lat: 45.774, lon: 4.806 },
  { city: 'Villeurbanne', postalCode: '69100', km: 7, lat: 45.771, lon: 4.88 },
  { city: 'Vénissieux', postalCode: '69200', km: 8, lat: 45.697, lon: 4.886 },
  { city: 'Caluire-et-Cuire', postalCode: '69300', km: 10, lat: 45.795, lon: 4.846 },
  { city: 'Bron', postalCode: '69500', km: 9, lat: 45.738, lon: 4.913 },
  { city: 'Vaulx-en-Velin', postalCode: '69120', km: 13, lat: 45.778, lon: 4.921 },
  { city: 'Saint-Priest', postalCode: '69800', km: 14, lat: 45.696, lon: 4.944 },
  { city: 'Rillieux-la-Pape', postalCode: '69140', km: 15, lat: 45.82, lon: 4.898 },
  { city: 'Écully', postalCode: '69130', km: 11, lat: 45.774, lon: 4.777 },
  { city: 'Tassin-la-Demi-Lune', postalCode: '69160', km: 10, lat: 45.764, lon: 4.78 },
  { city: 'Oullins-Pierre-Bénite', postalCode: '69600', km: 6, lat: 45.714, lon: 4.808 },
  { city: 'Sainte-Foy-lès-Lyon', postalCode: '69110', km: 7, lat: 45.734, lon: 4.793 },
  { city: 'Décines-Charpieu', postalCode: '69150', km: 16, lat: 45.769, lon: 4.959 },
  { city: 'Meyzieu', postalCode: '69330', km: 20, lat: 45.767, lon: 5.004 },
  { city: 'Saint-Fons', postalCode: '69190', km: 7, lat: 45.708, lon: 4.853 },
  { city: 'Villefranche-sur-Saône', postalCode: '69400', km: 36, lat: 45.989, lon: 4.719 },
  { city: 'Limonest', postalCode: '69760', km: 16, lat: 45.837, lon: 4.772 },
  { city: 'Dardilly', postalCode: '69570', km: 14, lat: 45.806, lon: 4.753 },
  { city: 'Craponne', postalCode: '69290', km: 14, lat: 45.745, lon: 4.724 },
  { city: 'Chassieu', postalCode: '69680', km: 15, lat: 45.744, lon: 4.966 },
  { city: 'Genas', postalCode: '69740', km: 19, lat: 45.731, lon: 5.002 },
  { city: 'Saint-Genis-Laval', postalCode: '69230', km: 11, lat: 45.696, lon: 4.793 },
  { city: 'Brignais', postalCode: '69530', km: 17, lat: 45.674, lon: 4.754 },
  { city: 'Givors', postalCode: '69700', km: 25, lat: 45.59, lon: 4.769 },
  { city: 'Neuville-sur-Saône', postalCode: '69250', km: 20, lat: 45.876, lon: 4.841 },
  { city: 'Champagne-au-Mont-d’Or', postalCode: '69410', km: 11, lat: 45.795, lon: 4.79 },
];
